/**
 * LSH band buckets for the most recent `window` articles, in flat typed arrays. A Map of arrays costs ~80
 * bytes per (article, band) pair and V8 caps a Map at 2²⁴ keys, which 42 bands reach at ~400k articles; this
 * table costs 12 bytes a pair and its memory is fixed: a ring of window × bands entries, each chained into
 * its bucket newest first. When the ring wraps, the oldest entries are overwritten in place; a chain walk
 * stops at the first entry that is not older than the one before it (it was overwritten by a newer article)
 * or that is older than the window, so stale links are never followed into another bucket's chain as if
 * they were this one's. Hand-written: no maintained npm package offers a bounded, allocation-free LSH table.
 *
 * Example: const t = new BandTable(1000, 42); t.add(7, keys); t.lookup(keys[0], 0, (doc) => …)
 */
export class BandTable {
  private readonly keys: Uint32Array;
  private readonly docs: Int32Array;
  private readonly next: Int32Array;
  private readonly heads: Int32Array;
  private readonly mask: number;
  private pos = 0;

  constructor(readonly window: number, bands: number) {
    const cap = window * bands;
    this.keys = new Uint32Array(cap);
    this.docs = new Int32Array(cap).fill(-1);
    this.next = new Int32Array(cap).fill(-1);
    let size = 1;
    while (size < cap) size *= 2;
    this.heads = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Adds one article's band keys; doc indexes must increase from call to call. */
  add(doc: number, keys: Uint32Array): void {
    for (let b = 0; b < keys.length; b++) {
      const slot = this.pos;
      this.pos = this.pos + 1 === this.keys.length ? 0 : this.pos + 1;
      const k = keys[b];
      const h = k & this.mask;
      this.keys[slot] = k;
      this.docs[slot] = doc;
      this.next[slot] = this.heads[h];
      this.heads[h] = slot;
    }
  }

  /** Calls hit(doc) for every article at or after minDoc whose band key is k, newest first. */
  lookup(k: number, minDoc: number, hit: (doc: number) => void): void {
    let prev = 0x7fffffff;
    for (let s = this.heads[k & this.mask]; s >= 0; s = this.next[s]) {
      const d = this.docs[s];
      if (d < 0 || d >= prev || d < minDoc) return;
      if (this.keys[s] === k) hit(d);
      prev = d;
    }
  }
}
