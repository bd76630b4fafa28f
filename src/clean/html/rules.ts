/**
 * Every tuning constant and pattern of the HTML cleaner in one table (in the spirit of readability's
 * REGEXPS), so a reviewer sees at a glance what counts as boilerplate and why. Tuned on half of the
 * scrapinghub pages (ids 0–7…), checked on the other half; they are general page-furniture patterns, not
 * per-site fixes.
 */
export const RULES = {
  /** class/id words of containers that are page furniture, never article text. */
  noiseAttr:
    /(?:^|[\s_-])(?:caption|captions|credit|credits|related|relatedlinks|newsletter|newsletters|subscribe|subscription|signup|sign-up|cookie|cookies|consent|gdpr|comment|comments|disqus|share|sharing|sharetools|social|socials|promo|promos|advert|advertisement|ads|ad|adslot|sponsor|sponsored|recommended|recommendations|outbrain|taboola|more-stories|read-more|readmore|also-read|breadcrumb|breadcrumbs|toolbar|skip-link|tooltip|popover|popup|rollover|hovercard|modal|paywall|author-bio|authorbio|bio|byline|dateline|timestamp|tags|tag-list|taglist|print-only|visually-hidden|sr-only|screen-reader-text|newsletter-signup|inline-newsletter|pullquote|pull-quote)(?=$|[\s_-])/i,
  /** class/id words that protect a container from noiseAttr (the article body itself is often "…-content"). */
  keepAttr: /(?:^|[\s_-])(?:article-body|articlebody|story-body|entry-content|post-content|article-content)(?=$|[\s_-])/i,
  /** Tags whose whole subtree is dropped from the article (captions, forms, navigation). */
  noiseTags: new Set(['FIGCAPTION', 'NAV', 'FORM', 'ASIDE', 'FOOTER', 'BUTTON']),
  /** A short block that is nothing but one of these is boilerplate wherever it sits. */
  noiseLine: [
    /^(?:advertisement|advert|ad|sponsored( content)?|continue reading( below)?|story continues below( advertisement)?|read more|see more|more|comments?|share|share this( article| story)?|tweet|email|print|subscribe|sign in|log in|home|news|menu|search|skip to (?:main )?content|(?:this )?slideshow requires javascript\.?|don'?t miss|you may also like\.*|related( stories| articles| coverage)?:?|recommended( for you)?|trending( now)?|most popular|most read|top stories|latest news|breaking news|watch( now)?|listen|advertisement - scroll to continue)[.:!…]*$/i,
  ],
  /** Lines that start like a promo, credit or sign-up call, whatever follows. */
  noisePrefix:
    /^(?:related|see also|see more|read more|also|more|watch|listen|photos?|images?|video|credit|source: getty|don'?t miss|sign up|subscribe|get (?:the|our) [\w ]{0,40}(?:newsletter|app)|follow (?:us|her|him|them)|click here|tap here|join (?:our|the) |have a tip|get breaking news|get [\w ]{0,30} on the go|this website uses cookies|we use cookies|by using this (?:site|website)|copyright|©|\(c\) ?\d{4})\b[\s:.!-]*/i,
  /** Credit and caption shapes: "(Image: GETTY)", "Alex Wong | Getty Images", "(AP Photo/…)". */
  creditLine:
    /(?:\((?:image|photo|picture|pic|credit|video)s?:[^)]*\)\s*$|^\(?(?:image|photo) credit|getty images\)?\s*$|\b(?:AP|Reuters|AFP|EPA|Getty) (?:Photo|Images?)\b.{0,40}\)?\s*$|^(?:photo|image|picture): |all rights reserved)/i,
  /** A line that states a date/time or the author and is not a sentence: "Updated Nov 19, 6:55 AM". */
  metaLine:
    /^(?:(?:published|updated|posted|last updated|first published|modified)\b.{0,60}|by [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}(?:,? (?:and|&) [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3})?(?:\s*[-|,].{0,50})?)$/iu,
  /** Short blocks: at most this many characters count as "short" for the line rules. */
  shortChars: 160,
  /** A block whose text is at least this share link text is a link list (related stories, tags, nav). */
  linkDensity: 0.6,
  /** …but only when it is this short; a long linked paragraph is still prose. */
  linkBlockMaxChars: 220,
  /** Head/tail trimming: a "body" paragraph has at least this many words and ends like a sentence. */
  bodyMinWords: 12,
  /** Never let a noise container take away more than this share of the candidate's text. */
  maxNoiseShare: 0.4,
} as const;
