/**
 * The scope a sentence puts on a figure: the smallest named area in the claim's own clause ("Moscow region
 * governor … said one person had been killed" → a region; "nine deaths in the Harlow district" → a
 * district), an explicit whole ("overall", "in total"), or nothing said (the whole story). Two figures
 * about the same quantity with different scopes are not a disagreement. Hand-written: this is a
 * journalistic convention, not something a gazetteer can tell (a region is the whole in one story and a
 * part in another), so only the area *kind* and its name are compared.
 */

export interface Scope {
  /** Size rank of the smallest area named: 1 village … 3 region; WHOLE when none or an explicit total. */
  rank: number;
  /** Names at that rank, lower-cased ("harlow"); empty for "the district". */
  names: string[];
}

export const WHOLE = 9;

const SCOPE = {
  kinds: { village: 1, suburb: 1, neighbourhood: 1, neighborhood: 1, town: 2, city: 2, district: 2, municipality: 2, county: 3, region: 3, oblast: 3, province: 3, state: 3 } as Record<string, number>,
  area: /(?:\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)|\bthe) (village|suburb|neighbou?rhood|town|city|district|municipality|county|region|oblast|province|state)\b/gu,
  across: /\b(?:across|throughout|all over)(?: the)?\s*$/i,
  whole: /\b(?:overall|in total|in all|nationwide|across the country|altogether)\b/i,
  part: /\b(?:among them|of whom)\s*$/i,
  partOf: /\bof (?:them|whom|those)\b/i,
  // The claim's clause ends at a comma, semicolon, " and " or a subordinate clause after it, and starts
  // after the last comma before it.
  clauseEnd: /[,;]| (?:and|after|when|as|because|while|before) /,
};

/**
 * Scope of the figure `claim` (its text) inside `sentence`.
 * Example: scopeIn("Officials confirmed nine deaths in the Harlow district.", "nine deaths") → {rank: 2, names: ["harlow"]}
 */
export function scopeIn(sentence: string, claim: string, aimedAt: string | null = null): Scope {
  const at = Math.max(0, sentence.indexOf(claim));
  const before = sentence.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const rest = sentence.slice(at + claim.length);
  const stop = rest.search(SCOPE.clauseEnd);
  const clause = sentence.slice(from, at + claim.length + (stop < 0 ? rest.length : stop));
  if (SCOPE.whole.test(clause)) return { rank: WHOLE, names: [] };
  let scope: Scope = { rank: WHOLE, names: [] };
  for (const m of clause.matchAll(SCOPE.area)) {
    if (SCOPE.across.test(clause.slice(0, m.index))) continue; // "across the Vessa region" is all of it
    const rank = SCOPE.kinds[m[2].replace('neighbour', 'neighbor')] ?? WHOLE;
    const name = m[1] ? [m[1].replace(/['’]s$/, '').toLowerCase()] : [];
    if (rank < scope.rank) scope = { rank, names: name };
    else if (rank === scope.rank) scope.names.push(...name);
  }
  if (aimedAt && scope.rank === WHOLE) scope = { rank: 2, names: [aimedAt.toLowerCase()] };
  if (SCOPE.part.test(before) || SCOPE.partOf.test(claim)) scope = { rank: 0, names: [] };
  return scope;
}

/** Same scope: same area kind and, when both name it, a shared name. */
export function sameScope(a: Scope, b: Scope): boolean {
  return a.rank === b.rank && (!a.names.length || !b.names.length || a.names.some((n) => b.names.includes(n)));
}
