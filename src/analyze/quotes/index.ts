/**
 * Quotes and attributions with speakers: the pipeline reads top to bottom — direct quotes with their frames
 * (direct.ts), reported speech in the sentences no direct quote claimed (indirect.ts), then speaker resolution
 * (speaker.ts). Hand-written rules: no maintained library does quote attribution, and rules keep exact spans.
 */
import type { Entity, Quote, Sentence } from '../../model/analysis.js';
import { findDirect, type Found } from './direct.js';
import { findIndirect } from './indirect.js';
import { resolveSpeaker, type Recent } from './speaker.js';

/**
 * Quotes with speakers, sorted by position.
 * Example: extractQuotes('"We are ready," Rubio said.', sentences(t), ents) → [{text: '"We are ready,"', speaker: 'Marco Rubio', cue: 'said', kind: 'direct', …}]
 */
export function extractQuotes(text: string, sents: Sentence[], entities: Entity[]): Quote[] {
  const direct = findDirect(text, sents);
  const claimed = (s: Sentence) => direct.some((d) => d.start < s.end && Math.max(d.end, d.frameEnd ?? 0) > s.start);
  const indirect = sents.filter((s) => !claimed(s)).flatMap((s) => findIndirect(text, s));
  const all = [...direct, ...indirect].sort((a, b) => a.start - b.start);
  let recent: Recent | undefined;
  return all.map((f) => {
    const q = toQuote(text, f, entities, recent);
    if (q.speaker && q.speakerEnd !== null && /^\p{Lu}/u.test(text.slice(q.speakerStart!, q.speakerEnd))) {
      if (!/^(?:He|She|It|They|We|I)$/.test(text.slice(q.speakerStart!, q.speakerEnd))) recent = { speaker: q.speaker, end: q.speakerEnd };
    }
    if (q.speakerEnd !== null && recent) recent = { ...recent, end: Math.max(recent.end, q.speakerEnd) };
    return q;
  });
}

function toQuote(text: string, f: Found, entities: Entity[], recent?: Recent): Quote {
  const who = f.mention
    ? resolveSpeaker(text, f.mention, entities, recent)
    : { speaker: null, speakerStart: null, speakerEnd: null };
  return { start: f.start, end: f.end, text: text.slice(f.start, f.end), ...who, cue: f.cue, kind: f.kind };
}
