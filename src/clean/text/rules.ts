/**
 * The tables of the plain-text cleaner: which lines are site chrome, which are photo captions and credits,
 * and how bylines and datelines are written. One table so a new noise pattern is one line here plus a golden
 * fixture in test/fixtures/text/.
 */

/** Whole lines that are site chrome wherever they appear (matched against the trimmed line). */
export const CHROME_LINES: [RegExp, string][] = [
  [/^(next|previous) (story|article)$/i, 'navigation'],
  [/^send push$/i, 'share widget'],
  [/^(share|share this( article)?|tweet|email|print|copy link|comments?|\d+ comments?)$/i, 'share widget'],
  [/^(advertisement|sponsored( content)?|promoted|ad)$/i, 'advertisement'],
  [/^(read more|more|see more|show more|continue reading|related( articles| stories)?|most read|trending( now)?|recommended)$/i, 'navigation'],
  [/^loving [^?]{2,40}\? download the app( now)?\.?$/i, 'app promo'],
  [/^(download|get) (the|our) .{0,30}app\b.{0,40}$/i, 'app promo'],
  [/^(sign up|subscribe)\b.{0,80}(newsletter|inbox|free)\b.*$/i, 'newsletter prompt'],
  [/^image:\s*\S.{0,60}$/i, 'photo credit'],
  [/^(photo|picture|credit|source|video):\s*\S.{0,60}$/i, 'photo credit'],
  [/^(we use cookies|this (site|website) uses cookies|accept( all)? cookies).*$/i, 'cookie prompt'],
  [/^(privacy policy|terms of (use|service)|cookie policy|all rights reserved.*|©.*)$/i, 'footer'],
  [/^(add to collection|no collections|here you'll find all collections.*)$/i, 'account chrome'],
  [/^(log ?in|log ?out|sign ?in|sign ?out|register|or with username:?|forgot (your )?password\??)$/i, 'login form'],
  [/^(enter your account data.*|your password reset link .*|remember me)$/i, 'login form'],
];

/** A line that opens the comment/login block after the story: it and everything after it are dropped. */
export const TAIL_MARKERS: RegExp[] = [
  /^leave a (reply|comment)$/i,
  /^your email address will not be published\b.*$/i,
  /^(\d+ )?comments?( \(\d+\))?$/i,
  /^join the (conversation|discussion)$/i,
];

/** Photo credits that mark a line as a caption ("… REUTERS/Stringer", "… (AP)", "Photo: …"). */
export const CAPTION_CREDIT =
  /(?:\b[A-Z]{2,}\/[A-Z][\w-]+(?: [A-Z][\w-]+)?\.?$|\((?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA|Shutterstock|Alamy|[A-Z][\w]+\/[A-Z][\w]+)\)\.?$|\bPhoto(?:graph)?:|\bPicture:|\bCredit:)/;

/** `date 2023-11-04 World` — an exporter's header line. */
export const HEADER_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;

/** `04 November 2023 - 13:11 By Guy Faulconbridge` (day month year, optional time, optional author). */
export const BYLINE_DMY =
  /^(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})(?:\s*[-–|,]\s*(\d{1,2}):(\d{2}))?(?:\s*(?:[-–|,]\s*)?[Bb]y\s+(.+))?$/;

/** `Marta Gichko10:09, 04.11.23` — author glued to time and a day-first date. */
export const BYLINE_GLUED = /^(.*?\p{L})\s*(\d{1,2}):(\d{2}),?\s+(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/u;

/** `By Ana Petrel` / `By Ana Petrel and Tom Reyes, Meridian Wire` on its own line. */
export const BYLINE_BY = /^[Bb]y\s+([\p{Lu}][\p{L}'’.-]+(?:\s+(?:[\p{Lu}][\p{L}'’.-]+|and|&|de|van|von|al))*?)(?:\s*[,|]\s*(.+))?$/u;

/** `KYIV (Reuters) -` / `LISSANE, Oct 8 (Meridian Wire) -`: the agency named in a dateline. */
export const DATELINE_AGENCY = /^[\p{Lu}][\p{Lu} .'-]{2,30}(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*\(([^)]{2,40})\)\s*[-–—:]\s+/u;

/** Words that outlet names are made of, for mastheads and sign-offs not in the known list. */
export const OUTLET_WORD = /\b(Herald|Times|Post|News|Newsbeat|Wire|Today|Courier|Journal|Gazette|Tribune|Chronicle|Ledger|Daily|Press|Telegraph|Independent|Guardian|Observer|Mail|Express|Star|Standard|Monitor|Review|Agency|Report|Dispatch|Sentinel|Record|Bulletin|Insider|Online)\b/;

export const LIMITS = {
  /** Lines before the body in which headlines, mastheads and bylines are looked for. */
  headerLines: 8,
  /** A headline has at least this many words and at most this many characters. */
  titleMinWords: 4,
  titleMaxChars: 220,
  /** A masthead/sign-off line is at most this many words. */
  mastheadMaxWords: 4,
  /** Word-set Jaccard above which two lines are the same line (captions with and without a credit). */
  sameLine: 0.8,
  /** Shortest paragraph (words) treated as story text when it is repeated; shorter repeats are captions. */
  paragraphMinWords: 25,
};

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
