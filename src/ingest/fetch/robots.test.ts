import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRobots } from './robots.js';

const FILE = `# fictional site
User-agent: *
Disallow: /private
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: OtherBot
User-agent: crosscheck
Disallow: /drafts/
Allow: /drafts/public

User-agent: greedy
Disallow: /
`;

const CASES: [string, string, string, boolean][] = [
  ['uses the group naming the product token', 'crosscheck', '/drafts/x', false],
  ['lets a longer Allow beat a shorter Disallow', 'crosscheck', '/drafts/public/a', true],
  ['ignores the * group when a named group matches', 'crosscheck', '/private/a', true],
  ['falls back to the * group for other agents', 'somebot', '/private/a', false],
  ['lets the longest rule win in the * group', 'somebot', '/private/open/1', true],
  ['honours * and $ wildcards', 'somebot', '/files/report.pdf', false],
  ['does not apply a $ rule to a longer path', 'somebot', '/files/report.pdf.html', true],
  ['always allows robots.txt itself', 'greedy', '/robots.txt', true],
  ['refuses everything under Disallow: /', 'greedy', '/news', false],
  ['allows what no rule names', 'crosscheck', '/news/1', true],
];

for (const [name, agent, path, want] of CASES) {
  test(`robots ${name}`, () => assert.equal(parseRobots(FILE, agent).allowed(path), want));
}

test('robots reads Crawl-delay from the chosen group', () => {
  assert.equal(parseRobots(FILE, 'somebot').crawlDelay, 2);
  assert.equal(parseRobots(FILE, 'crosscheck').crawlDelay, undefined);
});

test('robots treats an empty or garbage file as allowing everything', () => {
  assert.equal(parseRobots('', 'crosscheck').allowed('/a'), true);
  assert.equal(parseRobots('\u0000\u0001 <html>garbage</html>', 'crosscheck').allowed('/a'), true);
});
