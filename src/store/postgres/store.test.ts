/** The shared store suite on PostgreSQL: needs CROSSCHECK_PG_URL (set up by .ci/run); skipped without it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { bigStory, storeSuite } from '../store.case.js';
import { PgStore } from './store.js';
import { PG_MIGRATIONS } from './schema.js';

const URL_ = process.env.CROSSCHECK_PG_URL;
let n = 0;
const schema = () => `cc_test_${process.pid}_${Date.now().toString(36)}_${n++}`;

if (!URL_) test('postgres store suite', { skip: 'set CROSSCHECK_PG_URL (e.g. postgres:///crosscheck_test) to run it' }, () => {});
else {
  storeSuite('postgres', async () => PgStore.open(`${URL_}${URL_.includes('?') ? '&' : '?'}schema=${schema()}`));

  test('postgres: upgrading a v3 database splits each stored detail into its head and parts', async () => {
    const name = schema();
    const client = new pg.Client({ connectionString: URL_ });
    await client.connect();
    const big = bigStory('old', 120);
    try {
      await client.query(`CREATE SCHEMA ${name}; SET search_path = ${name}; CREATE TABLE crosscheck_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      for (const m of PG_MIGRATIONS.slice(0, 3)) await (typeof m === 'string' ? client.query(m) : m(client as unknown as pg.PoolClient));
      await client.query(`INSERT INTO crosscheck_meta VALUES ('schema_version', '3')`);
      await client.query(`INSERT INTO stories (id, title, previous, first, last, articles, outlets, detail, updated_at) VALUES ('old', 'Old', NULL, NULL, NULL, 120, '[]', $1, '2026-10-11')`, [JSON.stringify(big)]);
    } finally {
      await client.end();
    }
    const s = await PgStore.open(`${URL_}${URL_.includes('?') ? '&' : '?'}schema=${name}`);
    assert.deepEqual(await s.story('old'), big);
    const page = JSON.parse((await s.storyPage('old'))!);
    assert.deepEqual([page.version, page.parts.members.total, page.members.length], ['2026-10-11', 120, 50]);
    assert.equal((await s.storyPart('old', 'timeline.sources', 0, 50, 3))?.total, 12);
    await s.close();
  });
}
