import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTimes } from './index.js';

// The five example reports with their publication dates; expected values from the task brief.
const DIR = join(import.meta.dirname, '../../../../shared/seeds');
const EXPECT: [string, string, string, string, string][] = [
  // [seed prefix, anchor, expression, text it must follow (disambiguates repeats), value]
  ['001', '2023-11-04', 'last month', 'took place', '2023-10'],
  ['001', '2023-11-04', 'the end of the year', 'until', '2023'],
  ['001', '2023-11-04', '04.11.23', '', '2023-11-04'],
  ['003', '2025-03-11', 'Monday', 'spoke on', '2025-03-10'],
  ['003', '2025-03-11', 'Wednesday', 'capital on', '2025-03-12'],
  ['003', '2025-03-11', 'Saturday', 'on', '2025-03-15'],
  ['003', '2025-03-11', 'earlier this year', '', '2025'],
  ['003', '2025-03-11', 'three years', '', 'P3Y'],
  ['004', '2025-03-11', 'almost two weeks ago', '', '2025-W09'],
  ['002', '2025-04-23', 'Wednesday', 'London on', '2025-04-23'],
  ['002', '2025-04-23', 'last week', '', '2025-W16'],
  ['002', '2025-04-23', 'Tuesday', 'said', '2025-04-22'],
  ['002', '2025-04-23', 'this week', '', '2025-W17'],
  ['002', '2025-04-23', 'Saturday', 'ceasefire on', '2025-04-19'],
];

const seed = (prefix: string) => readFileSync(join(DIR, readdirSync(DIR).find((f) => f.startsWith(prefix))!), 'utf8');

for (const [prefix, anchor, expr, follows, value] of EXPECT) {
  test(`seed ${prefix}: resolves '${expr}'${follows ? ` after '${follows}'` : ''} to ${value}`,
    { skip: !existsSync(DIR) && 'needs ../shared/seeds' }, () => {
      const text = seed(prefix);
      const times = extractTimes(text, anchor);
      const got = times.find((t) => t.text === expr && text.slice(0, t.start).trimEnd().endsWith(follows));
      assert.ok(got, `'${expr}' not found; got ${times.map((t) => t.text).join(', ')}`);
      assert.equal(got.value, value);
    });
}

test('seed spans index the text exactly', { skip: !existsSync(DIR) && 'needs ../shared/seeds' }, () => {
  for (const f of readdirSync(DIR)) {
    const text = readFileSync(join(DIR, f), 'utf8');
    for (const t of extractTimes(text, '2025-03-11')) assert.equal(text.slice(t.start, t.end), t.text);
  }
});
