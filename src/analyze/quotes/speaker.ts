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

const RESOLVE = {
  recentSpeaker: 400,
  /** "the governor's office said" speaks for the governor. */
  office: /[’']s\s+(?:office|spokesman|spokeswoman|spokesperson|aides?)$/,
  /** A person named at the start of a sentence after the last speaker is the new subject ("Emil Kast, …, defended …"). */
  sentenceStart: /(?:^|[.!?”"]\s+|\n\s*)$/,
};

/** "the regional governor" → the person whose stated role has the same head noun: the nearest before, else the next. */
function byRole(entities: Entity[], head: string, pos: number): Entity | null {
  const re = new RegExp(`\\b${head}\\b`, 'i');
  const withRole = entities.filter((e) => e.type === 'PER' && e.role && re.test(e.role));
  return withRole.filter((e) => e.end <= pos).pop() ?? withRole.find((e) => e.start >= pos) ?? null;
}

/** "the union" → the organisation whose name holds every word of the description ("Dockworkers' Union of Serenn"). */
function orgNamed(entities: Entity[], description: string, pos: number): Entity | null {
  const words = description.split(/\s+/).slice(1);
  if (!words.length || words.length > 3) return null;
  const fits = entities.filter((e) => e.type === 'ORG' && words.every((w) => new RegExp(`\\b${w.replace(/\W/g, '')}\\b`, 'i').test(e.canonical)));
  return fits.filter((e) => e.end <= pos).pop() ?? fits.find((e) => e.start >= pos) ?? null;
}

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
  const word = surface.toLowerCase().replace(RESOLVE.office, '');
  const pron = PRONOUNS[word];
  const head = word.split(/\s+/).pop() ?? '';
  const definite = /^(the|his|her)\s/i.test(word) && TITLES.has(head);
  const org = /^the\s/i.test(word) && !definite ? orgNamed(entities, word, m.start) : null;
  if (org) return { speaker: org.canonical, ...span };
  const role = definite ? byRole(entities, head, m.start) : null;
  if (role) return { speaker: role.canonical, ...span };
  if (pron === 'male' || pron === 'female' || definite) {
    const subject = recent && entities.find((e) => e.type === 'PER' && e.start > recent.end && e.end <= m.start && RESOLVE.sentenceStart.test(text.slice(Math.max(0, e.start - 3), e.start)));
    if (subject) return { speaker: subject.canonical, ...span };
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
