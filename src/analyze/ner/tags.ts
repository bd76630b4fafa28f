/**
 * The BILOU tag scheme (Ratinov & Roth 2009: better than BIO for greedy taggers, since the last and the
 * single-token words of a name get their own classes). Tag 0 is O; tag 1 + 4·type + kind, kind B I L U,
 * type 0 PER, 1 ORG, 2 LOC, 3 MISC.
 */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const KINDS = ['B', 'I', 'L', 'U'] as const;
export const TAGS = ['O', ...TYPES.flatMap((t) => KINDS.map((k) => `${k}-${t}`))];
export const NT = TAGS.length;
const K = { B: 0, I: 1, L: 2, U: 3 } as const;

/** Entity type of tag t, -1 for O. Example: typeOf(tagOf(2, 'U')) → 2 */
export const typeOf = (t: number) => (t === 0 ? -1 : (t - 1) >> 2);
const kindOf = (t: number) => (t - 1) & 3;
/** Example: tagOf(0, 'B') → 1 */
export const tagOf = (type: number, kind: keyof typeof K) => 1 + 4 * type + K[kind];

/** Whether tag t may follow prev (prev = NT at a sentence start). Example: allowed(tagOf(0,'L'), tagOf(0,'B')) */
export function allowed(t: number, prev: number): boolean {
  const open = prev !== 0 && prev < NT && kindOf(prev) <= K.I;
  if (!open) return t === 0 || kindOf(t) === K.B || kindOf(t) === K.U;
  return t !== 0 && typeOf(t) === typeOf(prev) && (kindOf(t) === K.I || kindOf(t) === K.L);
}

/** Entity spans [start, end, type] in a tag sequence; a name left open at the end is closed there. */
export function spans(tags: ArrayLike<number>): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 0) continue;
    const type = typeOf(tags[i]);
    let j = i + 1;
    if (kindOf(tags[i]) === K.B || kindOf(tags[i]) === K.I) {
      while (j < tags.length && typeOf(tags[j]) === type && (kindOf(tags[j]) === K.I || kindOf(tags[j]) === K.L)) {
        j++;
        if (kindOf(tags[j - 1]) === K.L) break;
      }
    }
    out.push([i, j, type]);
    i = j - 1;
  }
  return out;
}

/** Tags for spans over n tokens. Example: encode([[0, 2, 0]], 3) → [B-PER, L-PER, O] */
export function encode(found: [number, number, number][], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const [a, b, type] of found) {
    if (b - a === 1) { out[a] = tagOf(type, 'U'); continue; }
    out[a] = tagOf(type, 'B');
    for (let i = a + 1; i < b - 1; i++) out[i] = tagOf(type, 'I');
    out[b - 1] = tagOf(type, 'L');
  }
  return out;
}
