/**
 * robots.txt (RFC 9309): groups of User-agent lines with Allow/Disallow rules; the most specific (longest)
 * matching rule wins and Allow wins a tie; `*` and `$` are wildcards. Hand-written because no maintained
 * robots parser is installed, and the format is small. Crawl-delay (non-standard, widely used) is read too.
 */

export const ROBOTS = {
  line: /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/,
  /** robots.txt files larger than this are cut (RFC 9309 asks parsers to read at least 500 KiB). */
  maxBytes: 512 * 1024,
};

interface Rule { allow: boolean; pattern: string; re: RegExp }
interface Group { agents: string[]; rules: Rule[]; crawlDelay?: number }

export interface Robots {
  /** True when `agent` may fetch `pathWithQuery`. */
  allowed(pathWithQuery: string): boolean;
  /** Seconds between requests the site asks for, if it says. */
  crawlDelay?: number;
  /** robots.txt could not be fetched (5xx, network): everything is refused for now, as RFC 9309 asks. */
  unreachable?: boolean;
}

export const ALLOW_ALL: Robots = { allowed: () => true };
export const UNREACHABLE: Robots = { allowed: (p) => p === '/robots.txt', unreachable: true };

/** Parses robots.txt for one product token. Example: parseRobots('User-agent: *\nDisallow: /private', 'crosscheck').allowed('/private/a') === false */
export function parseRobots(text: string, product: string): Robots {
  const groups = parseGroups(text.slice(0, ROBOTS.maxBytes));
  const token = product.toLowerCase();
  let chosen = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  if (!chosen.length) chosen = groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const crawlDelay = chosen.find((g) => g.crawlDelay !== undefined)?.crawlDelay;
  return { allowed: (p) => decide(rules, p), crawlDelay };
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const m = ROBOTS.line.exec(raw.replace(/#.*/, ''));
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2];
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value) current.rules.push({ allow: key === 'allow', pattern: value, re: patternRe(value) });
    } else if (key === 'crawl-delay') {
      const d = Number(value);
      if (Number.isFinite(d) && d >= 0) current.crawlDelay = d;
    }
  }
  return groups;
}

function decide(rules: Rule[], path: string): boolean {
  if (path === '/robots.txt') return true;
  let best: Rule | null = null;
  for (const r of rules) {
    if (!r.re.test(path)) continue;
    if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
  }
  return best ? best.allow : true;
}

function patternRe(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).split('*').map(escapeRe).join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

const escapeRe = (s: string) => safeDecode(s).replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const safeDecode = (s: string) => { try { return encodeURI(decodeURI(s)); } catch { return s; } };
