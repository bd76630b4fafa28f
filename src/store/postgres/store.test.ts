/** The shared store suite on PostgreSQL: needs CROSSCHECK_PG_URL (set up by .ci/run); skipped without it. */
import { test } from 'node:test';
import { storeSuite } from '../store.case.js';
import { PgStore } from './store.js';

const URL_ = process.env.CROSSCHECK_PG_URL;
let n = 0;
const schema = () => `cc_test_${process.pid}_${Date.now().toString(36)}_${n++}`;

if (!URL_) test('postgres store suite', { skip: 'set CROSSCHECK_PG_URL (e.g. postgres:///crosscheck_test) to run it' }, () => {});
else storeSuite('postgres', async () => PgStore.open(`${URL_}${URL_.includes('?') ? '&' : '?'}schema=${schema()}`));
