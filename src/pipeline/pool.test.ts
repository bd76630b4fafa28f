import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pool } from './pool.js';
import { process as processDoc } from './process.js';
import type { RawDocument } from '../model/document.js';

const docs: RawDocument[] = [
  { source: 'a.txt', format: 'text', text: 'Truce talks resume\n\nNegotiators from Marovia met in Lissane on Wednesday, the foreign ministry said, and agreed to exchange 40 prisoners.', hints: { published: '2026-10-14' } },
  { source: 'b.txt', format: 'text', text: 'too short', hints: {} },
];

/** Distinct documents (distinct ids), so a result handed to the wrong caller would show. */
const many: RawDocument[] = Array.from({ length: 12 }, (_, i) => ({
  source: `m${i}.txt`, format: 'text', hints: { published: '2026-10-14' },
  text: `Talks, day ${i + 1}\n\nNegotiators from Marovia met in Lissane for the ${i + 1}th time on Wednesday and agreed to exchange ${10 + i} prisoners, the ministry said.`,
}));

test('a worker cleans and analyses exactly as the main thread does, errors included', async () => {
  const pool = new Pool(1);
  try {
    const got = await Promise.all(docs.map((d) => pool.run(d)));
    assert.deepEqual(got, docs.map((d) => processDoc(d)));
    assert.equal(got[1].ok, false);
  } finally {
    await pool.close();
  }
});

test('documents the main thread steals are processed once, each result goes to its own caller, and the worker goes on after skipping them', async () => {
  const pool = new Pool(1);
  try {
    const first = many.slice(0, 8).map((d) => pool.run(d));
    let stolen = 0;
    while (pool.steal()) stolen++; // the worker is still starting (tsx, models): it takes few if any
    assert.ok(stolen > 0);
    assert.equal(pool.steal(), false);
    const later = many.slice(8).map((d) => pool.run(d)); // only the worker can do these (no more steals)
    assert.deepEqual(await Promise.all([...first, ...later]), many.map((d) => processDoc(d)));
  } finally {
    await pool.close();
  }
});
