/**
 * Every tuning constant and pattern of the HTML cleaner in one table (in the spirit of readability's
 * REGEXPS), so a reviewer sees at a glance what counts as boilerplate and why. Tuned on half of the
 * scrapinghub pages (ids 0–7…), checked on the other half; they are general page-furniture patterns, not
 * per-site fixes.
 */
export const RULES = {
  /** class/id fragments of containers that are page furniture, matched anywhere (camelCase too: "imageEmbedCaption"). */
  noiseAttrSub:
    /caption|credit|related|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|comment(?!ary)|disqus|sharing-|sharetools|share-|social|promo|advert|sponsor|recommend|outbrain|taboola|more-stories|read-?more|also-?read|breadcrumb|toolbar|skip-link|tooltip|popover|popup|rollover|hovercard|paywall|author-?bio|byline|dateline|timestamp|visually-hidden|sr-only|screen-reader|pull-?quote|affiliate-disclo|disclaimer|teaser|standfirst|sub-?headline|subtitle/i,
  /** class/id words of furniture that are too short to match as fragments ("ad" is in "header"). */
  noiseAttrWord: /(?:^|[\s_-])(?:ad|ads|adslot|share|bio|tags|tag-list|modal|print-only|meta|dek)(?=$|[\s_-])/i,
  /** class/id words that protect a container from the noise patterns (the article body itself is often "…-content"). */
  keepAttr: /(?:^|[\s_-])(?:article-body|articlebody|story-body|entry-content|post-content|article-content)(?=$|[\s_-])/i,
  /** Tags whose whole subtree is dropped from the article (captions, forms, navigation). */
  noiseTags: new Set(['FIGCAPTION', 'NAV', 'FORM', 'ASIDE', 'FOOTER', 'BUTTON']),
  /** A short block that is nothing but one of these is boilerplate wherever it sits. */
  noiseLine: [
    /^(?:advertisement|advert|ad|sponsored( content)?|continue reading( below)?|story continues below( advertisement)?|read more|see more|more|comments?|share|share this( article| story)?|tweet|email|print|subscribe|sign in|log in|home|news|menu|search|skip to (?:main )?content|(?:this )?slideshow requires javascript\.?|don'?t miss|you may also like\.*|related( stories| articles| coverage)?:?|recommended( for you)?|trending( now)?|most popular|most read|top stories|latest news|breaking news|watch( now)?|listen|advertisement - scroll to continue)[.:!…]*$/i,
  ],
  /** Promotional or self-describing text, in any short block: newsletters, author bios, disclosures. */
  promoText:
    /\b(?:newsletters?|(?:in|to) your inbox|sign up (?:here|now|today)|subscribe (?:to (?:our|the)\b|now|here|today)|delivered (?:to|through) your|breaking news (?:alerts|emails)|affiliate (?:and\/or )?(?:referral )?links|disclosure (?:page|policy)|(?:want|get) more stories like this|tell us what you think|send us your|follow (?:him|her|them|us) on|join our|share (?:it|this|the story) with|©\s?\d{4}|all rights reserved|(?:is|was) an? (?:[\w-]+ ){0,4}(?:writer|reporter|editor|correspondent|journalist|contributor|columnist|intern)(?: (?:for|at|with|living|based|who|covering)|[.,]))\b/i,
  /** A line that announces a list of other stories; the list items right after it go too. */
  relatedHead: /^(?:more|related|recommended|read more|read next|you (?:may|might) also like|also on|further reading|don'?t miss|most popular|most read|trending|top stories|latest|see also)\b/i,
  /** Comment prompts ("Post comment", "Leave a reply"); wire sign-offs ("(Reporting by …)") are kept as text. */
  commentPrompt: /^(?:post (?:a )?comment\b.*|leave a (?:comment|reply)\b.*)$/i,
  /** Blocks up to this many characters may be judged by promoText. */
  promoMaxChars: 300,
  /** Lines that start like a promo, credit or sign-up call, whatever follows. */
  noisePrefix:
    /^(?:related|see also|see more|read more|also (?:read|see|on)|more|watch|listen|photos?|images?|video|credit|source: getty|don'?t miss|sign up|subscribe|get (?:the|our) [\w ]{0,40}(?:newsletter|app)|follow (?:us|her|him|them)|click here|tap here|join (?:our|the) |have a tip|get breaking news|get [\w ]{0,30} on the go|this website uses cookies|we use cookies|by using this (?:site|website)|copyright|©|\(c\) ?\d{4})\b[\s:.!-]*/i,
  /** Credit and caption shapes: "(Image: GETTY)", "Alex Wong | Getty Images", "(AP Photo/…)". */
  creditLine:
    /(?:(?:\||\/|,)\s*(?:getty images|AFP|AP|reuters|bloomberg|EPA)(?: via getty images)?\s*$|\((?:image|photo|picture|pic|credit|video)s?:[^)]*\)\s*$|^\(?(?:image|photo) credit|getty images\)?\s*$|\b(?:AP|Reuters|AFP|EPA|Getty) (?:Photo|Images?)\b.{0,40}\)?\s*$|^(?:photo|image|picture): |all rights reserved|©\s?\d{4})/i,
  /** A line that states a date/time or the author and is not a sentence: "Updated Nov 19, 6:55 AM". */
  metaLine:
    /^(?:(?:published|updated|posted|last updated|first published|modified)\b.{0,60}|by [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}(?:,? (?:and|&) [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3})?(?:\s*[-|,].{0,50})?)$/iu,
  /** Inline elements: a furniture class on one of these may wrap a name inside a sentence. */
  inlineTags: new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'ABBR', 'CITE', 'Q', 'MARK', 'U', 'FONT']),
  /** …so after pruning inside it, an inline element with at most this much text stays. */
  inlineKeepChars: 60,
  /** Wire sign-offs: "(Reporting by …; Editing by …)" credits the newsroom, it is not the report. */
  wireSignoff: /^\(?(?:additional )?(?:reporting|writing|compiled|edited|editing) by\b[^()]*\)?\.?$/i,
  /** A block right after an image with at most this many words is its caption. */
  captionMaxWords: 15,
  /** When more than this share of blocks follow an image, the lines under the pictures are the story. */
  photoEssayShare: 0.3,
  /** How a sentence (or a quote, or a lead-in to a list) ends, in Latin and CJK punctuation. */
  sentenceEnd: /[.!?…:;"'”’»)。！？」』]$/,
  /** A nested <article> with a linked headline and at most this much text is a card for another story. */
  teaserMaxChars: 600,
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
  /** …nor all of them together more than this share (then the page is a listing and is left alone). */
  maxNoiseTotal: 0.75,
} as const;
