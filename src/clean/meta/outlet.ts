/**
 * Outlet names from URLs and site names: "www.reuters.com" → "Reuters", "theguardian.com" → "The Guardian".
 * A small table of well-known news domains (no library keeps one) plus a title-casing fallback for the rest,
 * so every report gets a readable outlet even when the page states none.
 */

/** Registrable domain (without www.) → outlet name. */
export const OUTLETS: Record<string, string> = {
  'reuters.com': 'Reuters', 'apnews.com': 'AP', 'afp.com': 'AFP', 'bbc.com': 'BBC', 'bbc.co.uk': 'BBC',
  'theguardian.com': 'The Guardian', 'guardian.co.uk': 'The Guardian', 'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post', 'wsj.com': 'The Wall Street Journal', 'ft.com': 'Financial Times',
  'bloomberg.com': 'Bloomberg', 'cnn.com': 'CNN', 'foxnews.com': 'Fox News', 'foxbusiness.com': 'Fox Business',
  'nbcnews.com': 'NBC News', 'cbsnews.com': 'CBS News', 'abcnews.go.com': 'ABC News', 'npr.org': 'NPR',
  'aljazeera.com': 'Al Jazeera', 'economist.com': 'The Economist', 'telegraph.co.uk': 'The Telegraph',
  'independent.co.uk': 'The Independent', 'thetimes.co.uk': 'The Times', 'dailymail.co.uk': 'Daily Mail',
  'thesun.co.uk': 'The Sun', 'express.co.uk': 'Daily Express', 'mirror.co.uk': 'Daily Mirror',
  'news.sky.com': 'Sky News', 'sky.com': 'Sky News', 'politico.com': 'Politico', 'politico.eu': 'Politico Europe',
  'axios.com': 'Axios', 'thehill.com': 'The Hill', 'usatoday.com': 'USA Today', 'latimes.com': 'Los Angeles Times',
  'chicagotribune.com': 'Chicago Tribune', 'nypost.com': 'New York Post', 'newsweek.com': 'Newsweek',
  'time.com': 'Time', 'theatlantic.com': 'The Atlantic', 'newyorker.com': 'The New Yorker', 'vox.com': 'Vox',
  'theverge.com': 'The Verge', 'wired.com': 'Wired', 'techcrunch.com': 'TechCrunch', 'cnbc.com': 'CNBC',
  'dw.com': 'Deutsche Welle', 'france24.com': 'France 24', 'euronews.com': 'Euronews', 'spiegel.de': 'Der Spiegel',
  'lemonde.fr': 'Le Monde', 'elpais.com': 'El País', 'kyivindependent.com': 'The Kyiv Independent',
  'kyivpost.com': 'Kyiv Post', 'pravda.com.ua': 'Ukrainska Pravda', 'unian.info': 'UNIAN', 'unian.net': 'UNIAN',
  'ukrinform.net': 'Ukrinform', 'tass.com': 'TASS', 'rt.com': 'RT', 'meduza.io': 'Meduza',
  'themoscowtimes.com': 'The Moscow Times', 'timesofisrael.com': 'The Times of Israel', 'haaretz.com': 'Haaretz',
  'jpost.com': 'The Jerusalem Post', 'scmp.com': 'South China Morning Post', 'japantimes.co.jp': 'The Japan Times',
  'abc.net.au': 'ABC News (Australia)', 'smh.com.au': 'The Sydney Morning Herald', 'cbc.ca': 'CBC News',
  'theglobeandmail.com': 'The Globe and Mail', 'hindustantimes.com': 'Hindustan Times', 'ndtv.com': 'NDTV',
  'thehindu.com': 'The Hindu', 'voanews.com': 'Voice of America', 'rferl.org': 'Radio Free Europe/Radio Liberty',
  'theconversation.com': 'The Conversation', 'businessinsider.com': 'Business Insider', 'forbes.com': 'Forbes',
  'space.com': 'Space.com', 'phys.org': 'Phys.org', 'zdnet.com': 'ZDNet', 'cnet.com': 'CNET',
};

/** Second-level suffixes under which the registrable name is one label further left (bbc.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'go', 'or', 'ne']);
/** Host prefixes that never name the outlet. */
const PREFIX_RE = /^(?:www\d?|m|mobile|amp|edition|en|eu|us|uk|beta|news|static)\./i;

function hostOf(url: string): string | null {
  try {
    const u = new URL(/^[a-z][\w+.-]*:\/\//i.test(url) ? url : `http://${url}`);
    return u.hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** Title-case a domain label: "kyiv-independent" → "Kyiv Independent", short ones upper-case ("npr" → "NPR"). */
function titleLabel(label: string): string {
  if (label.length <= 3 || !/[aeiouy]/.test(label)) return label.toUpperCase();
  return label.split(/[-_]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

/** Outlet name for a URL or bare host. Example: outletFromUrl('https://www.reuters.com/x') → 'Reuters' */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url.trim());
  if (!host || !host.includes('.') || /^\d+(?:\.\d+){3}$/.test(host)) return null;
  let h = host;
  while (!(h in OUTLETS) && PREFIX_RE.test(h) && h.split('.').length > 2) h = h.replace(PREFIX_RE, '');
  if (OUTLETS[h]) return OUTLETS[h];
  const labels = h.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const tail = labels.slice(i).join('.');
    if (OUTLETS[tail]) return OUTLETS[tail];
  }
  const n = labels.length;
  const name = n >= 3 && SECOND_LEVEL.has(labels[n - 2]) && labels[n - 1].length === 2 ? labels[n - 3] : labels[n - 2];
  return name ? titleLabel(name) : null;
}

/** Tidy a site name a page states ("REUTERS", "theguardian.com") into an outlet. Example: normalizeOutlet('www.bbc.co.uk') → 'BBC' */
export function normalizeOutlet(name: string): string | null {
  const s = name.replace(/\s+/g, ' ').replace(/^@/, '').trim();
  if (!s) return null;
  if (/^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/i.test(s)) return outletFromUrl(s);
  if (s === s.toUpperCase() && s.length > 4 && /[A-Z]{5}/.test(s)) return s[0] + s.slice(1).toLowerCase();
  return s;
}
