/**
 * Roles stated next to a person's name — "Kremlin spokesman Dmitry Peskov", "Andriy Yermak, Mr Zelensky's
 * chief of staff", "Ukraine's foreign minister Dmitry Kuleba" — kept as attributes of the entity.
 */
import type { Entity } from '../model/analysis.js';

const ROLE_NOUN = String.raw`(?:prime minister|foreign minister|defen[cs]e (?:minister|secretary)|minister|secretary of state|secretary|chief of staff|spokes(?:man|woman|person)|president|vice[- ]president|governor|adviser|advisor|envoy|special envoy|ambassador|chancellor|mayor|general|commander|director|chief|head|leader|official|premier|senator|lawmaker|deputy|negotiator|analyst|researcher)`;

const RE = {
  /** Up to four words before the name ending in a role noun: "Moscow region governor", "US Secretary of State". */
  before: new RegExp(String.raw`((?:[\p{L}'’.-]+\s+){0,4}?${ROLE_NOUN})\s*,?\s*$`, 'iu'),
  /** An apposition after the name: ", Mr Zelensky's chief of staff," */
  after: new RegExp(String.raw`^,\s+((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,5}?${ROLE_NOUN}(?:\s+(?:of|for)\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)?)\s*[,.;]`, 'iu'),
  stopBefore: /^(?:and|said|says|told|with|by|of|the|a|an|to|in|on|for|that|as|when|while|after|before|but)\s+/i,
};

/** Adds `role` to PER entities where the text states one. Example: 'Kremlin spokesman Dmitry Peskov' → role 'Kremlin spokesman' */
export function attachRoles(text: string, entities: Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'PER') return e;
    const role = roleBefore(text, e) ?? roleAfter(text, e);
    return role ? { ...e, role } : e;
  });
}

function roleBefore(text: string, e: Entity): string | undefined {
  const left = text.slice(Math.max(0, e.start - 60), e.start);
  const m = RE.before.exec(left.split(/[.;:!?“”"()]/).pop() ?? '');
  if (!m) return undefined;
  let role = m[1].trim();
  while (RE.stopBefore.test(role)) role = role.replace(RE.stopBefore, '');
  return role.length > 2 ? role : undefined;
}

function roleAfter(text: string, e: Entity): string | undefined {
  const m = RE.after.exec(text.slice(e.end, e.end + 90));
  return m ? m[1].trim() : undefined;
}
