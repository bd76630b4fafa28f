import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTml, writeTml } from './time-tml.js';
import { evalTime, score, splitOf } from './time.js';

// A fictional TimeML document in the TempEval-3 layout.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>FICT001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">05/04/2001</TIMEX3></DCT>
<TEXT>
Salt &amp; grain prices <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> of calm.
</TEXT>
</TimeML>
`;

test('reads the DCT, decoded text and gold TIMEX3 spans from TimeML', () => {
  const doc = readTml(TML);
  assert.equal(doc.dct, '2001-05-04');
  assert.deepEqual(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value]),
    [['Thursday', 'DATE', '2001-05-03'], ['three months', 'DURATION', 'P3M']]);
  assert.ok(doc.text.includes('Salt & grain'));
});

test('writes system TIMEX3 tags back into the raw text unchanged around them', () => {
  const doc = readTml(TML);
  const start = doc.text.indexOf('Thursday');
  const out = writeTml(doc, [{ start, end: start + 8, type: 'DATE', value: '2001-05-03' }]);
  assert.match(out, /Salt &amp; grain prices rose <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday<\/TIMEX3> after three months/);
  assert.equal(readTml(out).text, doc.text);
});

test('scores strict, relaxed and value matches the TempEval-3 way', () => {
  const gold = [{ start: 0, end: 8, type: 'DATE', value: 'X' }, { start: 20, end: 32, type: 'DURATION', value: 'P3M' }];
  const sys = [{ start: 0, end: 8, type: 'DATE' as const, value: 'Y' }, { start: 26, end: 32, type: 'DURATION' as const, value: 'P3M' },
    { start: 40, end: 44, type: 'DATE' as const, value: null }];
  assert.deepEqual(score(gold, sys), { gold: 2, sys: 3, strict: 1, relaxedGold: 2, relaxedSys: 2, type: 2, value: 1 });
});

const TE3 = join(import.meta.dirname, '../../../shared/eval/time/tempeval3');
test('scores TimeBank and AQUAINT with a chrono baseline', { skip: !existsSync(TE3) && 'needs ../shared/eval' }, async () => {
  const r = await evalTime(join(TE3, 'Training/TBAQ-cleaned/AQUAINT'));
  const base = (r['baseline:chrono'] as Record<string, { relaxed: { f1: number } }>).all;
  assert.equal(r.n, 73);
  assert.ok(r.f1 > 0.6 && base.relaxed.f1 > 0.5, `value F1 ${r.f1}`);
});

test('halves AQUAINT by sorted file name: 1st, 3rd, … are dev, 2nd, 4th, … test; the errors list refuses the test half', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'te3-')), 'AQUAINT');
  mkdirSync(dir);
  for (const n of ['c.tml', 'a.tml', 'b.tml']) writeFileSync(join(dir, n), TML);
  assert.deepEqual(['a', 'b', 'c'].map((n) => splitOf(join(dir, `${n}.tml`))), ['AQUAINT-dev', 'AQUAINT-test', 'AQUAINT-dev']);
  assert.equal(splitOf('/x/TimeBank/wsj_0001.tml'), 'TimeBank');
  const dev = await evalTime(dir, { split: 'aquaint-dev', errors: true });
  assert.equal(dev.n, 2);
  assert.ok(Array.isArray(dev.errors));
  await assert.rejects(evalTime(dir, { errors: true }), /held out/);
  const all = await evalTime(dir);
  assert.deepEqual(Object.keys(all.ours as object).sort(), ['AQUAINT', 'AQUAINT-dev', 'AQUAINT-test', 'all']);
});
