/**
 * Named entities (PER, ORG, LOC, MISC) in cleaned news text, with exact UTF-16 spans. Tokens come from the
 * shared tokenizer, re-split to CoNLL conventions ("Zelensky's" → "Zelensky" + "'s") because the model was
 * trained on CoNLL-2003; the whole text is one document for the consistency pass.
 */
import type { EntityType, Sentence } from '../../model/analysis.js';
import { sentences, tokenize, type Token } from '../tokenize.js';
import { prepare } from './prepare.js';
import { TYPES, spans } from './tags.js';
import { tagDocument } from './tagger.js';
import { loadModel } from './model.js';

const RE = { possessive: /^(.+?)(['’][sS])$/, honorific: /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/ } as const;
/**
 * House convention where CoNLL-2003 differs: seats of power that act and speak ("the Kremlin said") are
 * organisations for crosscheck's actor lists; CoNLL mostly tags them LOC. Applied here only, not in eval.
 */
const ACTOR_SEATS = new Map<string, EntityType>(
  ['Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee', 'Élysée'].map((n) => [n, 'ORG']),
);

export interface TaggedEntity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

/** Splits a possessive "'s" off a token, as CoNLL does. Example: conllTokens("Kyiv’s") → Kyiv | ’s */
export function conllTokens(text: string, s: Sentence): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text, s.start, s.end)) {
    // RE.possessive, gated by its last two characters (most tokens end otherwise; the regex is the slow part).
    const w = t.text, z = w.length, last = w.charCodeAt(z - 1), mark = w.charCodeAt(z - 2);
    if (z <= 2 || (last !== 115 && last !== 83) || (mark !== 39 && mark !== 0x2019)) { out.push(t); continue; }
    const m = RE.possessive.exec(w);
    if (!m) { out.push(t); continue; }
    const cut = t.start + m[1].length;
    out.push({ text: m[1], start: t.start, end: cut }, { text: m[2], start: cut, end: t.end });
  }
  return out;
}

/**
 * Finds the named entities in text. Example: tagEntities("Prime Minister Elena Varga spoke in Brussels.")
 * → [{start: 15, end: 26, text: "Elena Varga", type: "PER"}, {start: 36, end: 44, text: "Brussels", type: "LOC"}]
 */
export function tagEntities(text: string, sents: Sentence[] = sentences(text)): TaggedEntity[] {
  const toks = sents.map((s) => conllTokens(text, s)).filter((t) => t.length);
  const tags = tagDocument(toks.map((t) => prepare(t.map((x) => x.text))), loadModel());
  const out: TaggedEntity[] = [];
  toks.forEach((t, k) => {
    for (const [first, b, type] of spans(tags[k])) {
      // CoNLL keeps honorifics out of names, but Reuters rarely uses them, so the model has not learnt to.
      const a = type === 0 && b - first > 1 && RE.honorific.test(t[first].text) ? first + 1 : first;
      const start = t[a].start, end = t[b - 1].end;
      const name = text.slice(start, end);
      out.push({ start, end, text: name, type: ACTOR_SEATS.get(name) ?? TYPES[type] });
    }
  });
  return out;
}
