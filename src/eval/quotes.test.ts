import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { evalQuotes, readBrat } from './quotes.js';

const POLNEAR = '../shared/eval/quotes/polnear';

test('reads brat attributions with discontinuous content and missing sources', () => {
  const text = 'Ana Lenz said the port, she added, was safe. “We are ready,” a guard said.';
  const ann = [
    'T1\tSource 0 8\tAna Lenz',
    'T2\tCue 9 13\tsaid',
    'T3\tContent 14 22;35 43\tthe port was safe',
    'T4\tAttribution 9 13\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tContent 45 60\t“We are ready,”',
    'T6\tCue 69 73\tsaid',
    'E2\tAttribution-no-source:T6 Content:T5 Cue:T6',
  ].join('\n');
  assert.deepEqual(readBrat(ann, text), [
    { content: [[14, 22], [35, 43]], source: [[0, 8]], cue: [[9, 13]], kind: 'indirect', speech: true },
    { content: [[45, 60]], source: null, cue: [[69, 73]], kind: 'direct', speech: true },
  ]);
});

test('rejects a folder without PolNeAR data with a NOT_FOUND error', async () => {
  await assert.rejects(evalQuotes('/nonexistent/polnear'), { name: 'CrosscheckError', code: 'NOT_FOUND' });
});

test('scores PolNeAR dev above the naive baseline', { skip: !existsSync(POLNEAR) && 'needs ../shared/eval' }, async () => {
  const r = await evalQuotes(POLNEAR);
  const base = (r['baseline:naive-quotes'] as Record<string, { f1: number }>)['attribution:all'];
  assert.equal(r.suite, 'quotes');
  assert.equal(r.n, 84);
  assert.ok(r.f1 > base.f1, `ours ${r.f1} vs baseline ${base.f1}`);
});
