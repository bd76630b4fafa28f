/**
 * Speaker resolution: a mention (from subject.ts) becomes a speaker — a name → its entity's canonical form, a
 * pronoun or definite description ("the minister") → the last named speaker nearby or the nearest preceding
 * person. Hand-written: no maintained JS library resolves quote speakers.
 */
import type { Entity } from '../../model/analysis.js';
import { PRONOUNS, TITLES } from './cues.js';
import type { Mention } from './subject.js';

/** The last named speaker: a pronoun right after a quote by X usually means X, not the last name mentioned. */
export interface Recent {
  speaker: string;
  end: number;
}

export interface Resolved {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
}

const RESOLVE = { recentSpeaker: 400 };

/**
 * Resolves a mention to a speaker. Example: resolveSpeaker(text, {start,end} of "he", entities) → the canonical
 * name of the nearest person before "he", with speakerStart/End on "he".
 */
export function resolveSpeaker(text: string, m: Mention, entities: Entity[], recent?: Recent): Resolved {
  const span = { speakerStart: m.start, speakerEnd: m.end };
  const surface = text.slice(m.start, m.end);
  const inside = entities.filter((e) => e.start < m.end && e.end > m.start && e.type !== 'LOC');
  const named = inside.find((e) => e.type === 'PER') ?? inside.find((e) => e.type === 'ORG');
  if (named) return { speaker: named.canonical, ...span };
  const word = surface.toLowerCase();
  const pron = PRONOUNS[word];
  const definite = /^(the|his|her)\s/i.test(surface) && TITLES.has(word.split(/\s+/).pop() ?? '');
  if (pron === 'male' || pron === 'female' || definite) {
    if (recent && m.start - recent.end < RESOLVE.recentSpeaker) return { speaker: recent.speaker, ...span };
    const prev = nearestBefore(entities, m.start, 'PER');
    return { speaker: prev ? prev.canonical : surface, ...span };
  }
  if (word === 'who') {
    const prev = entities.filter((e) => e.type === 'PER' || e.type === 'ORG').reduce<Entity | null>((b, e) => (e.end <= m.start && (!b || e.end > b.end) ? e : b), null);
    return { speaker: prev ? prev.canonical : surface, ...span };
  }
  if (word === 'it') {
    const prev = nearestBefore(entities, m.start, 'ORG');
    return { speaker: prev ? prev.canonical : surface, ...span };
  }
  return { speaker: surface, ...span };
}

function nearestBefore(entities: Entity[], pos: number, type: Entity['type']): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) if (e.type === type && e.end <= pos && (!best || e.end > best.end)) best = e;
  return best;
}
