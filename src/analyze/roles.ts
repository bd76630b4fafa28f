/**
 * Roles stated next to a person's name — "Kremlin spokesman Dmitry Peskov", "Andriy Yermak, Mr Zelensky's
 * chief of staff", "Ukraine's foreign minister Dmitry Kuleba" — kept as attributes of the entity.
 */
import type { Entity } from '../model/analysis.js';

const ROLE_NOUN = String.raw`(?:prime minister|foreign minister|defen[cs]e (?:minister|secretary)|minister|secretary of state|secretary|chief of staff|spokes(?:man|woman|person)|president|vice[- ]president|governor|adviser|advisor|envoy|special envoy|ambassador|chancellor|mayor|general|commander|director|chief|head|leader|official|premier|senator|lawmaker|deputy|negotiator|analyst|researcher)`;

const RE = {
  /** A role noun somewhere in a phrase. */
  roleNoun: new RegExp(String.raw`\b${ROLE_NOUN}\b`, 'i'),
  /** An apposition after the name: ", Mr Zelensky's chief of staff," */
  after: new RegExp(String.raw`^,\s+((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,5}?${ROLE_NOUN}(?:\s+(?:of|for)\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)?)\s*[,.;]`, 'iu'),
};

/** Lowercase words that can sit inside a title before a name ("national security adviser", "chief of staff"). */
const TITLE_WORDS = new Set(('foreign defence defense security national state chief of staff spokesman spokeswoman spokesperson minister ' +
  'region regional governor deputy senior special envoy adviser advisor affairs secretary president prime interior finance economy ' +
  'justice health energy trade home culture education transport agriculture environment vice leader head director commander general ' +
  'ambassador mayor chancellor official negotiator top former acting').split(' '));

/** Adds `role` to PER entities where the text states one. Example: 'Kremlin spokesman Dmitry Peskov' → role 'Kremlin spokesman' */
export function attachRoles(text: string, entities: Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'PER') return e;
    const role = roleBefore(text, e) ?? roleAfter(text, e);
    return role ? { ...e, role } : e;
  });
}

/** Walks back from the name over title words, capitalised words and possessives; keeps it if it holds a role noun. */
function roleBefore(text: string, e: Entity): string | undefined {
  const left = text.slice(Math.max(0, e.start - 80), e.start);
  const words = (left.split(/[.;:!?“”"(),]/).pop() ?? '').trim().split(/\s+/).filter(Boolean);
  let i = words.length;
  while (i > 0 && words.length - i < 6) {
    const w = words[i - 1];
    if (TITLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /['’]s$/.test(w)) i--;
    else break;
  }
  const role = words.slice(i).join(' ');
  return role && RE.roleNoun.test(role) ? role : undefined;
}

function roleAfter(text: string, e: Entity): string | undefined {
  const m = RE.after.exec(text.slice(e.end, e.end + 90));
  return m ? m[1].trim() : undefined;
}
