/**
 * Runs a rule's regex only near its keywords instead of over the whole article, with the same matches as a
 * plain global scan. Every match of a windowed rule contains one of its keywords, at most `words`
 * whitespace runs after the match starts; so after finding the keywords with one cheap scan, the rule is
 * tried (sticky, from left to right) only at positions from `words` chunks before each keyword to its end.
 * A lazy bounded prefix lets one exec try a whole stretch of start positions; the first success is the
 * leftmost match, exactly what the global scan would return. Hand-written: V8 cannot prefilter patterns that
 * open with optional groups or lookbehinds, and those dominated the extractor's profile (docs/perf).
 */

/**
 * Keyword finders (lower case, run on the lower-cased text), shared between rules: each runs once per article.
 * Regexes rather than indexOf per word: V8 runs one literal alternation faster than many string searches.
 */
const KEY: Record<string, RegExp> = {
  plural: /days|weeks|months|years|decades|hours|minutes|centuries/g,
  digits4: /\d{4}/g,
  part: /morning|afternoon|evening|night|noon|midday/g,
  set: /every|each|daily|weekly|monthly|annually|yearly|hourly|nightly|times|once|twice/g,
  season: /spring|summer|fall|autumn|winter/g,
  quarter: /quarter|half/g,
  cal: /week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter/g,
  weekday: /day|thurs/g,
  relDay: /yesterday|today|tomorrow|night|morning|afternoon|evening/g,
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/g,
};

/**
 * Rule → keyword finder and the most whitespace runs a match may hold before its keyword (counted from the
 * rule's grammar in patterns.ts, rounded up). Rules not listed are scanned whole (rare triggers, or no keyword).
 */
export const WINDOWS: Record<string, { key: string; words: number; skip?: true }> = {
  year: { key: 'digits4', words: 3 }, plural: { key: 'plural', words: 3 }, partOfDay: { key: 'part', words: 3 },
  set: { key: 'set', words: 2 }, season: { key: 'season', words: 3 }, quarter: { key: 'quarter', words: 6 },
  // `skip`: the global scan jumps from match to the next keyword's window (see skipping()).
  relUnit: { key: 'cal', words: 7, skip: true }, weekday: { key: 'weekday', words: 4, skip: true },
  relDay: { key: 'relDay', words: 6, skip: true }, month: { key: 'month', words: 4, skip: true },
  monthDay: { key: 'month', words: 4, skip: true }, monthYear: { key: 'month', words: 4, skip: true },
  monthRelYear: { key: 'month', words: 2, skip: true },
  // Not windowed (measured slower): the unit rules (duration, ago, span…), whose keywords are everywhere.
};

/** Start positions one sticky exec tries (the lazy prefix's bound + 1). */
const STRETCH = 64;

export type Scanner = (text: string, keys: KeyCache) => RegExpExecArray[];
/** Per-article state: the lower-cased text and the keyword positions found so far. */
export interface KeyCache { lower: string; found: Map<string, Int32Array> }

/**
 * The per-article cache. Case-insensitive literal alternations are slow in V8, case-sensitive ones fast; on
 * the lower-cased text they find every place the /i form would (non-ASCII letters never fold to ASCII without
 * the u flag). If lower-casing changes the length (U+0130), positions would shift, so such a text is scanned
 * whole and tested as written instead (`lower` is '').
 * Example: keyCache('In May').lower → 'in may'
 */
export function keyCache(text: string): KeyCache {
  const lower = text.toLowerCase();
  return { lower: lower.length === text.length ? lower : '', found: new Map() };
}

/**
 * A trigger test as cheap as possible: case-insensitive triggers run case-sensitively on the lower-cased text,
 * and one that is also a keyword finder is answered by the keyword positions.
 * Example: trigger(/may/i)(keyCache('In May'), 'In May') → true
 */
export function trigger(re: RegExp): (keys: KeyCache, text: string) => boolean {
  if (!re.flags.includes('i') || /\\[A-Z]/.test(re.source)) return (_, text) => re.test(text);
  const low = new RegExp(re.source.toLowerCase(), re.flags.replace('i', ''));
  // A trigger that is also a keyword finder: its occurrences are needed anyway when it passes.
  const same = Object.keys(KEY).find((k) => KEY[k].source === low.source);
  if (same) return (keys, text) => (keys.lower ? keysOf(same, keys).length > 0 : re.test(text));
  return (keys, text) => (keys.lower ? low.test(keys.lower) : re.test(text));
}

/** Whether a character code is whitespace as regex \s sees it (the ASCII and common Unicode spaces). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The earliest start of a match holding a keyword at k: `words` chunks back, plus the whitespace before. */
function walkBack(text: string, k: number, words: number): number {
  let p = k;
  for (let n = 0; n <= words; n++) {
    while (p > 0 && !isSpace(text.charCodeAt(p - 1))) p--;
    while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  }
  return p;
}

/** Keyword occurrences as [start, end) pairs, found once per article and finder. */
function keysOf(name: string, cache: KeyCache): Int32Array {
  let got = cache.found.get(name);
  if (got) return got;
  const re = KEY[name];
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(cache.lower); m; m = re.exec(cache.lower)) out.push(m.index, m.index + m[0].length);
  got = Int32Array.from(out);
  cache.found.set(name, got);
  return got;
}

/**
 * A scanner returning the same matches as `new RegExp(src, 'gi')` run over the whole text.
 * Example: scanner('year', RULES.year)('In 2024 it rose.', keyCache('In 2024 it rose.'))[0][0] → '2024'
 */
export function scanner(rule: string, src: string): Scanner {
  const whole = new RegExp(src, 'gi');
  const spec = WINDOWS[rule];
  const all = (text: string) => {
    const out: RegExpExecArray[] = [];
    whole.lastIndex = 0;
    for (let m = whole.exec(text); m; m = whole.exec(text)) out.push(m);
    return out;
  };
  if (!spec) return all;
  if (spec.skip) return (text, cache) => (cache.lower ? skipping(text, whole, keysOf(spec.key, cache), spec.words) : all(text));
  const near = new RegExp(`[\\s\\S]{0,${STRETCH - 1}}?(${src})`, 'yi');
  return (text, cache) => {
    if (!cache.lower) return all(text);
    const keys = keysOf(spec.key, cache);
    const out: RegExpExecArray[] = [];
    let from = 0; // no match starts before `from`: earlier starts are matched, tried or keyword-free
    for (let i = 0; i < keys.length; i += 2) {
      const to = keys[i + 1];
      let p = Math.max(from, walkBack(text, keys[i], spec.words));
      while (p <= to) {
        near.lastIndex = p;
        const m = near.exec(text);
        if (!m) { p += STRETCH; continue; }
        out.push(unwrap(m));
        p = Math.max(m.index + m[0].length, m.index + 1);
      }
      from = Math.max(from, p);
    }
    return out;
  };
}

/**
 * The global scan, restarted at each next keyword's window instead of running through keyword-free stretches,
 * and stopped when no keyword is left. Never scans more than the whole-text scan; suits rules whose keywords
 * are common or whose matches reach far before them, where windows would be tried position by position.
 */
function skipping(text: string, whole: RegExp, keys: Int32Array, words: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // no match starts before `from` that is not already in out
  for (let i = 0; i < keys.length; i += 2) {
    if (keys[i + 1] <= from) continue; // a keyword left behind cannot be in a later match
    whole.lastIndex = Math.max(from, walkBack(text, keys[i], words));
    const m = whole.exec(text);
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

/** The rule's own match from the prefixed one: index moved past the prefix, groups shifted back by one. */
function unwrap(m: RegExpExecArray): RegExpExecArray {
  const inner = m.slice(1) as unknown as RegExpExecArray;
  inner.index = m.index + m[0].length - m[1].length;
  inner.input = m.input;
  return inner;
}
