/**
 * Time expressions with TIMEX3 type and value, resolved against the publication date.
 * Pipeline: every grammar rule (patterns.ts) proposes spans → each is normalised (dates.ts, relative.ts),
 * rejected spans drop out ("may" the verb, "2000 troops") → longest non-overlapping spans win → times of day
 * are hung on a date named nearby → document-level passes (context.ts): reporting quarter, narrative anchoring
 * ("the next day"), a year shared across "September and October of 2007", a recurrence across "Monday and
 * Tuesday nights". Ours rather than chrono-node alone because chrono has no TIMEX3 output, no durations/sets/
 * weeks and resolves weekdays in one direction only (see DESIGN.md).
 */
import type { TimeExpr } from '../../model/analysis.js';
import { sentences } from '../tokenize.js';
import { applyNarrative, applyReportingQuarter, joinTimeAndDay, shareSet, shareYear } from './context.js';
import { addDays, compareToAnchor, parseAnchor, type Ymd } from './calendar.js';
import { dates, type Ctx, type Norm } from './dates.js';
import { RULES, TRIGGERS } from './patterns.js';
import { relative } from './relative.js';
import { durations } from './durations.js';
import { isSpace, keyCache, scanner, trigger } from './scan.js';
import { clauseTense, type Tense } from './tense.js';

export interface TimeOptions {
  /** Read slashed numeric dates day first (03/04/25 → 3 April), as British and European outlets write them. */
  dayFirst?: boolean;
}

interface Hit {
  rule: string;
  start: number;
  end: number;
  groups: string[];
  norm: Norm;
}

const HANDLERS = { ...dates, ...relative, ...durations };
const ORDER: Record<string, number> = Object.fromEntries(Object.keys(RULES).map((r, i) => [r, i]));
const COMPILED = Object.entries(RULES).map(([rule, src]) => ({ rule, scan: scanner(rule, src), trigger: TRIGGERS[rule] }));
const PASS = new Map([...new Set(Object.values(TRIGGERS))].map((re) => [re, trigger(re)]));
/** Rules whose value depends on a date named nearby in the sentence. */
const NEEDS_DAY = new Set(['clock', 'clock24', 'partOfDay']);
const NO_DAY = () => null;

/**
 * Finds time expressions and resolves them against the publication date.
 * Example: extractTimes('Talks will resume on Wednesday.', '2025-03-11') → [{text:'Wednesday', type:'DATE', value:'2025-03-12', …}]
 */
export function extractTimes(text: string, anchor: string | null, opts: TimeOptions = {}): TimeExpr[] {
  const a = parseAnchor(anchor);
  const sents = sentences(text);
  const sentenceAt = (pos: number) => sentenceOf(sents, pos) ?? { start: 0, end: text.length };
  const hits: Hit[] = [];
  const keys = keyCache(text);
  const passed = new Map<RegExp, boolean>(); // rules share triggers: test each once
  for (const { rule, scan, trigger: t } of COMPILED) {
    if (t && !(passed.get(t) ?? passed.set(t, PASS.get(t)!(keys, text)).get(t))) continue;
    for (const m of scan(text, keys)) {
      let [start, end] = [m.index, m.index + m[0].length]; // trimmed: some rules may open on whitespace
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end <= start) continue;
      const groups = m as unknown as string[];
      const norm = HANDLERS[rule](groups, context(text, start, end, a, opts, sentenceAt, NO_DAY));
      if (norm) hits.push({ rule, start, end, groups, norm });
    }
  }
  const kept = select(hits, text.length);
  kept.forEach((h, i) => {
    if (!NEEDS_DAY.has(h.rule)) return;
    const ctx = context(text, h.start, h.end, a, opts, sentenceAt, NO_DAY);
    ctx.refDay = () => refDay(text, kept, i, sentenceAt, a, ctx.tense());
    h.norm = HANDLERS[h.rule](h.groups, ctx) ?? h.norm;
  });
  const valued = kept.map((h) => ({ ...h, text: text.slice(h.start, h.end) }));
  applyReportingQuarter(valued);
  applyNarrative(valued);
  shareYear(valued, text);
  shareSet(valued, text);
  return joinTimeAndDay(kept, text).map((h) => toExpr(text, h, a));
}

function context(text: string, start: number, end: number, anchor: Ymd | null, opts: TimeOptions,
  sentenceAt: (p: number) => { start: number; end: number }, refDay: () => Ymd | null): Ctx {
  let tense: Tense | null | undefined;
  return {
    anchor,
    dayFirst: !!opts.dayFirst,
    before: text.slice(Math.max(0, start - 30), start),
    after: text.slice(end, end + 30),
    refDay,
    tense: () => {
      if (tense === undefined) {
        const s = sentenceAt(start);
        tense = clauseTense(text, start, end, s.start, s.end);
      }
      return tense;
    },
  };
}

/** The sentence holding pos (binary search). */
function sentenceOf(sents: { start: number; end: number }[], pos: number) {
  let [lo, hi] = [0, sents.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].end <= pos) lo = mid + 1;
    else if (sents[mid].start > pos) hi = mid - 1;
    else return sents[mid];
  }
  return undefined;
}

/** Longest spans first; on equal length the earlier rule in RULES wins; no overlaps. */
function select(hits: Hit[], length: number): Hit[] {
  hits.sort((x, y) => y.end - y.start - (x.end - x.start) || ORDER[x.rule] - ORDER[y.rule] || x.start - y.start);
  const taken = new Uint8Array(length);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (taken.subarray(h.start, h.end).includes(1)) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((x, y) => x.start - y.start);
}

const isDay = (k: Hit | undefined) => !!k && /^\d{4}-\d{2}-\d{2}/.test(k.norm.value ?? '');
/** What may stand between a time of day and the day it names: "midnight on Sunday", "5 p.m., Nov. 6". */
const ATTACHED = /^\s*(?:,|on|of)?\s*$/;
type SentenceAt = (p: number) => { start: number; end: number };

/** The day a time of day kept[i] hangs on (pickDay), moved to the next day for the small hours after a night. */
function refDay(text: string, kept: Hit[], i: number, sentenceAt: SentenceAt, a: Ymd | null, tense: Tense | null): Ymd | null {
  const [h, pick] = [kept[i], pickDay(text, kept, i, sentenceAt, a, tense)];
  if (!pick) return null;
  const day = parseAnchor(pick.norm.value)!;
  // "talks ran late on Thursday / on Thursday night … until 4 a.m.": the small hours belong to the next day.
  const night = /T(?:NI|EV)$/.test(pick.norm.value!) || /\blate\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, pick.start - 8), pick.start));
  return night && pick.start < h.start && h.rule === 'clock' && /^a/i.test(h.groups[3]) && +h.groups[1] < 6 ? addDays(day, 1) : day;
}

/**
 * A day attached right after kept[i], else the nearest full date before it in its sentence, else one after it
 * in the sentence (not for a midnight, which ends a day already named), else the last one in the previous
 * sentence (paragraphs do not bound it: wire copy often runs one sentence to a paragraph). A day on the wrong
 * side of the anchor for the clause tense ("rain eased overnight" after a sentence about next Sunday) is skipped.
 */
function pickDay(text: string, kept: Hit[], i: number, sentenceAt: SentenceAt, a: Ymd | null, tense: Tense | null): Hit | undefined {
  const [h, next] = [kept[i], kept[i + 1]];
  const s = sentenceAt(h.start);
  const fits = (k: Hit) => !a || !tense || tense === 'present' || tense === 'either'
    || (tense === 'past' ? compareToAnchor(k.norm.value!, a) !== 'future' : compareToAnchor(k.norm.value!, a) !== 'past');
  const ok = (k: Hit | undefined): k is Hit => isDay(k) && fits(k!);
  if (ok(next) && ATTACHED.test(text.slice(h.end, next.start))) return next;
  for (let j = i - 1; j >= 0 && kept[j].start >= s.start; j--) if (ok(kept[j])) return kept[j];
  if (!/midnight/i.test(text.slice(h.start, h.end))) {
    for (let j = i + 1; j < kept.length && kept[j].start < s.end; j++) if (ok(kept[j])) return kept[j];
  }
  let gap = s.start;
  while (gap > 0 && isSpace(text.charCodeAt(gap - 1))) gap--;
  if (gap === 0) return undefined;
  const p = sentenceAt(gap - 1);
  for (let j = i - 1; j >= 0 && kept[j].start >= p.start; j--) if (ok(kept[j])) return kept[j];
  return undefined;
}

function toExpr(text: string, h: Hit, a: Ymd | null): TimeExpr {
  const out: TimeExpr = { start: h.start, end: h.end, text: text.slice(h.start, h.end), type: h.norm.type, value: h.norm.value };
  if (a && h.norm.value && (h.norm.type === 'DATE' || h.norm.type === 'TIME')) {
    const tense = compareToAnchor(h.norm.value, a);
    if (tense) out.tense = tense;
  }
  return out;
}
