import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextAfterError, nextAfterSuccess } from './schedule.js';

const NOW = 1_000_000;
const MIN = 60_000;

const SUCCESS: [string, number | undefined, string | null, number][] = [
  ['waits the interval when the feed says nothing', undefined, null, 5 * MIN],
  ['waits the RSS ttl when it is longer than the interval', 30, null, 30 * MIN],
  ['keeps the interval when the ttl is shorter', 1, null, 5 * MIN],
  ['honours Cache-Control max-age', undefined, 'public, max-age=3600', 60 * MIN],
  ['caps what the publisher asks at a day', 100_000, null, 24 * 60 * MIN],
];
for (const [name, ttl, cc, wait] of SUCCESS) {
  test(`after a good poll it ${name}`, () => assert.equal(nextAfterSuccess(NOW, 5 * MIN, { ttlMinutes: ttl }, cc), NOW + wait));
}

const ERRORS: [string, number, number | undefined, number][] = [
  ['doubles the wait after one error', 1, undefined, 10 * MIN],
  ['backs off exponentially', 3, undefined, 40 * MIN],
  ['caps the backoff at six hours', 30, undefined, 6 * 60 * MIN],
  ['waits at least as long as Retry-After', 1, 2 * 3600_000, 120 * MIN],
];
for (const [name, errors, retryAfter, wait] of ERRORS) {
  test(`after errors it ${name}`, () => assert.equal(nextAfterError(NOW, 5 * MIN, errors, retryAfter), NOW + wait));
}
