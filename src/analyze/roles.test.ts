import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../model/analysis.js';
import { attachRoles } from './roles.js';

const cases: [string, string, string | undefined][] = [
  ['Kremlin spokesman Dmitry Peskov cautioned against haste.', 'Dmitry Peskov', 'Kremlin spokesman'],
  ['Andriy Yermak to meet US Secretary of State Marco Rubio in Jeddah.', 'Marco Rubio', 'US Secretary of State'],
  ['Moscow region governor Andrei Vorobyov said one person died.', 'Andrei Vorobyov', 'Moscow region governor'],
  ['“Good,” said Andriy Yermak, Mr Zelensky’s chief of staff, on Tuesday.', 'Andriy Yermak', 'Mr Zelensky’s chief of staff'],
  ['The talks were praised by Elena Varga on Monday.', 'Elena Varga', undefined],
];

for (const [text, name, role] of cases) {
  test(`reads the role of ${name} in "${text.slice(0, 40)}…"`, () => {
    const start = text.indexOf(name);
    const e: Entity = { start, end: start + name.length, text: name, type: 'PER', canonical: name };
    assert.equal(attachRoles(text, [e])[0].role, role);
  });
}
