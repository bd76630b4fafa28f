/**
 * A story's timeline: every day-, week- or month-precise date an article's time expressions resolve to, with
 * the sentence that dates it; the same event told by several reports (same date, overlapping words) becomes
 * one entry with all its sources. An event after the report's own date, or told in the future tense, is
 * "scheduled" rather than "reported".
 */
import type { TimelineEvent } from '../model/story.js';
import type { StoredArticle } from '../store/types.js';
import { byPublished, contentWords, counts, jaccard, ref, sentenceAt } from './refs.js';

const TUNING = {
  /** TIMEX3 values placed on the timeline: a day, an ISO week or a month. */
  value: /^\d{4}-(\d{2}-\d{2}|W\d{2}|\d{2})$/,
  /** Word overlap above which two sentences on the same date tell the same event. */
  sameEvent: 0.2,
  future: /\b(will|would|is to|are to|is due to|are due to|is expected to|are expected to|plans? to|scheduled|set to|next)\b/i,
  maxText: 280,
  /** Words a sentence needs to be read as a report's lead. */
  leadWords: 8,
};

/** An event while it is built: its words, and the reports already among its sources. */
interface Draft extends TimelineEvent { words: Set<string>; from: Set<string> }

export function buildTimeline(members: StoredArticle[]): TimelineEvent[] {
  const events: Draft[] = [];
  // Events by date, in the order they were added: the same event is looked for among its date's only (a big
  // story has thousands of events, and every sentence was compared with all of them).
  const onDate = new Map<string, Draft[]>();
  const sameAs = (date: string, words: Set<string>) => onDate.get(date)?.find((e) => jaccard(e.words, words) >= TUNING.sameEvent);
  const add = (e: Draft) => { events.push(e); const l = onDate.get(e.date); if (l) l.push(e); else onDate.set(e.date, [e]); };
  for (const m of [...members].filter(counts).sort(byPublished)) {
    const pub = m.article.published?.slice(0, 10) ?? null;
    const quoted = m.analysis.quotes.filter((q) => q.kind === 'direct');
    const best = new Map<number, number>();
    for (const t of m.analysis.times) {
      const s = t.value && TUNING.value.test(t.value) ? sentenceAt(m.analysis.sentences, t.start) : null;
      if (s) best.set(s.start, Math.max(best.get(s.start) ?? 0, t.value!.length));
    }
    for (const t of m.analysis.times) {
      if (!t.value || !TUNING.value.test(t.value) || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
      const s = sentenceAt(m.analysis.sentences, t.start);
      if (!s) continue;
      // A sentence is placed by its most precise date ("next Monday" over "earlier this month"), and words
      // inside a direct quote are someone's speech, not a dated event.
      if (t.value.length < best.get(s.start)! || quoted.some((q) => q.start <= t.start && t.end <= q.end)) continue;
      const text = m.article.text.slice(s.start, s.end);
      // The extractor's tense of the clause around the date decides; the sentence's wording only when it has none.
      const scheduled = t.tense === 'future' || (pub !== null && t.value.length === 10 && t.value > pub) || (!t.tense && TUNING.future.test(text));
      const words = contentWords(text);
      const same = sameAs(t.value, words);
      if (same) {
        if (!same.from.has(m.article.id)) { same.from.add(m.article.id); same.sources.push(ref(m, s.start, s.end)); }
        continue;
      }
      add({
        date: t.value, text: text.length > TUNING.maxText ? `${text.slice(0, TUNING.maxText - 1)}…` : text,
        status: scheduled ? 'scheduled' : 'reported', sources: [ref(m, s.start, s.end)], words, from: new Set([m.article.id]),
      });
    }
    // The report's lead tells the news of its day: when it names no date of its own, it is placed on the
    // publication day ("The US and Ukraine are locked in crunch talks in Saudi Arabia" → the day of the talks).
    const lead = pub && m.analysis.sentences.find((x) => leadLike(m.article.text.slice(x.start, x.end), m.article.title));
    if (lead && !best.has(lead.start)) {
      const text = m.article.text.slice(lead.start, lead.end);
      const words = contentWords(text);
      const same = sameAs(pub, words);
      if (same) { if (!same.from.has(m.article.id)) { same.from.add(m.article.id); same.sources.push(ref(m, lead.start, lead.end)); } }
      else add({ date: pub, text: text.length > TUNING.maxText ? `${text.slice(0, TUNING.maxText - 1)}…` : text, status: 'reported', sources: [ref(m, lead.start, lead.end)], words, from: new Set([m.article.id]) });
    }
  }
  return events
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.sources.length - a.sources.length))
    .map(({ words: _w, from: _f, ...e }) => e);
}

/** A body sentence that can be a lead: not the headline, a full sentence, not a question. */
function leadLike(text: string, title: string | null): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= TUNING.leadWords && !t.endsWith('?') && (!title || !t.startsWith(title.trim()));
}
