import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise, prepare, shapeOf } from './prepare.js';
import { GAZ_KINDS, gazetteerCodes } from './gazetteer.js';

const SHAPES: [string, string][] = [['McDonald', 'XxXx'], ['NATO', 'X'], ['30-day', 'd-x'], ['U.S.', 'X.X.'], ['Élysée', 'Xx']];
for (const [w, shape] of SHAPES) test(`gives "${w}" the shape ${shape}`, () => assert.equal(shapeOf(w), shape));

test('normalises curly quotes and dashes to CoNLL’s ASCII forms', () => {
  assert.equal(normalise('’s'), "'s");
  assert.equal(normalise('“Hi”'), '"Hi"');
  assert.equal(normalise('plain'), 'plain');
});

test('marks a capitals headline so case is not read as a name signal', () => {
  assert.equal(prepare(['SOCCER', '-', 'JAPAN', 'WIN']).allCaps, true);
  assert.equal(prepare(['Japan', 'won', '.']).allCaps, false);
});

const bit = (kind: string, inside = false) => 1 << (2 * GAZ_KINDS.indexOf(kind as (typeof GAZ_KINDS)[number]) + (inside ? 1 : 0));

test('finds multi-word gazetteer names only from a capitalised word', () => {
  const lower = ['talks', 'in', 'saudi', 'arabia', 'with', 'nato'];
  const codes = gazetteerCodes(lower, [false, false, true, true, false, true]);
  assert.ok(codes[2] & bit('COUNTRY'));
  assert.ok(codes[3] & bit('COUNTRY', true));
  assert.ok(codes[5] & bit('ORG'));
  assert.equal(gazetteerCodes(['nato'], [false])[0], 0);
});
