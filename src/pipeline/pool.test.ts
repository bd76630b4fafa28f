import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pool } from './pool.js';
import { process as processDoc } from './process.js';
import type { RawDocument } from '../model/document.js';

const docs: RawDocument[] = [
  { source: 'a.txt', format: 'text', text: 'Truce talks resume\n\nNegotiators from Marovia met in Lissane on Wednesday, the foreign ministry said, and agreed to exchange 40 prisoners.', hints: { published: '2026-10-14' } },
  { source: 'b.txt', format: 'text', text: 'too short', hints: {} },
];

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
