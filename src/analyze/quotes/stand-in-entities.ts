/**
 * A deliberately small stand-in entity finder used to develop and evaluate the quote rules until the trained
 * tagger (src/analyze/ner/) is wired in: runs of capitalised words, typed PER after a title or before a
 * reporting verb, ORG when a word says so, with surnames linked to the earlier full name. Not for production.
 */
import type { Entity, EntityType } from '../../model/analysis.js';
import { tokenize, type Token } from '../tokenize.js';
import { CAPS_STOP, CUE_VERBS, TITLES } from './cues.js';

const STAND_IN = {
  orgWords: /^(?:Ministry|Party|Committee|Council|Department|Reuters|Kremlin|Pentagon|Congress|Senate|House|Agency|Office|Commission|Court|Times|Post|News|Press|Bank|Union|Army|Campaign|Administration|Foundation|Institute|University|Inc\.?|Corp\.?|AP|CNN|BBC|NATO|FBI|CIA|GOP|EU|UN)$/,
  stopStarts: new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'When', 'While', 'After', 'Before', 'As', 'If', 'Yet', 'So', 'For', 'Ahead', 'However', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.']),
};

const cap = (t: Token) => /^\p{Lu}[\p{L}’'.\-]*$/u.test(t.text) && !/^\p{Lu}\.?$/u.test(t.text.replace(/’s$/, ''));

/** Capitalised runs typed by context. Example: standInEntities("Mr Rubio said") → [{text: "Rubio", type: "PER"}] */
export function standInEntities(text: string): Entity[] {
  const toks = tokenize(text);
  const out: Entity[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!cap(toks[i]) || STAND_IN.stopStarts.has(toks[i].text) || CAPS_STOP.has(toks[i].text) || TITLES.has(toks[i].text.toLowerCase())) continue;
    let j = i;
    while (j + 1 < toks.length && cap(toks[j + 1]) && !toks[j].text.endsWith('’s') && !text.slice(toks[j].end, toks[j + 1].start).includes('\n')) j++;
    const prev = toks[i - 1]?.text.toLowerCase() ?? '';
    const next = toks[j + 1]?.text ?? '';
    const span = text.slice(toks[i].start, toks[j].end).replace(/[’']s$/, '');
    const type: EntityType = toks.slice(i, j + 1).some((t) => STAND_IN.orgWords.test(t.text.replace(/[’']s$/, '')))
      ? 'ORG'
      : TITLES.has(prev) || CUE_VERBS.has(next) || j > i ? 'PER' : 'MISC';
    out.push({ start: toks[i].start, end: toks[i].start + span.length, text: span, type, canonical: span });
    i = j;
  }
  return link(out);
}

/** "Yermak" after "Andriy Yermak" gets the full name as canonical and the person type. */
function link(ents: Entity[]): Entity[] {
  const full: Entity[] = [];
  for (const e of ents) {
    const prior = full.find((f) => f.type === 'PER' && f.text !== e.text && f.text.endsWith(' ' + e.text));
    if (prior) Object.assign(e, { canonical: prior.canonical, type: 'PER' as EntityType });
    else if (e.type === 'PER' && e.text.includes(' ')) full.push(e);
  }
  return ents;
}
