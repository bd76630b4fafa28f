/**
 * The one test suite every Store implementation must pass (hono's router/common.case.test.ts pattern):
 * SQLite and PostgreSQL run the same cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/document.js';
import type { StoryDetail } from '../model/story.js';
import { SEARCH, type Store } from './types.js';
import { STORY_PAGE } from './parts.js';

export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return { id, source: `${id}.txt`, outlet: 'Meridian Wire', url: null, title: `Title ${id}`, author: null, published: '2026-10-08', text, removed: [], metaSources: {}, ...extra };
}

export const analysis = (text: string): Analysis => ({
  sentences: [{ start: 0, end: text.length }],
  entities: [{ start: 0, end: 5, text: text.slice(0, 5), type: 'LOC', canonical: text.slice(0, 5), canonicalId: `LOC:${text.slice(0, 5).toLowerCase()}` }],
  quotes: [], times: [], claims: [],
});

export function story(id: string, members: string[], extra: Partial<StoryDetail> = {}): StoryDetail {
  return {
    id, title: `Story ${id}`, articles: members.length, outlets: ['Meridian Wire'], first: '2026-10-08', last: '2026-10-09', previous: null,
    members: [], timeline: [], actors: [], quotes: [], claims: [], summary: [], related: [], ...extra,
  };
}

const dup = (id: string) => ({ articleId: id, kind: 'original' as const, of: null, similarity: 0 });

/** A story with long lists, an event cited by 12 reports and a quote echoed 9 times (page sizes: src/store/parts.ts). */
export function bigStory(id: string, n: number): StoryDetail {
  const ref = (i: number) => ({ articleId: `r${i}`, outlet: `Outlet ${i % 3}`, published: `2026-10-${String(1 + (i % 9)).padStart(2, '0')}`, start: i, end: i + 4 });
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  return story(id, [], {
    articles: n,
    members: range(n).map((i) => ({ articleId: `r${i}`, title: `Report ${i}`, outlet: `Outlet ${i % 3}`, published: ref(i).published, dup: dup(`r${i}`) })),
    timeline: range(45).map((i) => ({ date: `2026-10-${String(1 + (i % 9)).padStart(2, '0')}`, text: `Event ${i}`, status: 'reported' as const, sources: range(i === 3 ? 12 : 2).map(ref) })),
    actors: range(30).map((i) => ({ canonicalId: `PER:p${i}`, name: `Person ${i}`, type: 'PER' as const, mentions: 30 - i, articles: 1, roles: [], aliases: [] })),
    quotes: range(55).map((i) => ({ speaker: `Person ${i % 4}`, text: `Quote ${i}`, first: ref(i), echoes: range(i === 21 ? 9 : 1).map((k) => ({ ...ref(k), text: `Echo ${k}` })) })),
    claims: range(23).map((i) => ({ subject: `thing ${i}`, verdict: i < 2 ? 'disagree' as const : 'single' as const, rows: [] })),
    summary: [{ text: 'First sentence.', source: ref(0) }],
  });
}

export function storeSuite(name: string, open: () => Promise<Store>) {
  test(`${name}: stores an article with its analysis and reads it back`, async () => {
    const s = await open();
    const a = article('a1', 'Tessel harbour reopened on Thursday after the strike ended.');
    await s.add({ article: a, analysis: analysis(a.text), dup: dup('a1'), storyId: 's1' }, [story('s1', ['a1'])]);
    const got = await s.article('a1');
    assert.deepEqual(got?.article, a);
    assert.equal(got?.storyId, 's1');
    assert.equal((await s.has('a1')), true);
    assert.equal((await s.has('nope')), false);
    assert.deepEqual((await s.storyMembers('s1')).map((m) => m.article.id), ['a1']);
    await s.close();
  });

  test(`${name}: adding an article is atomic — a failure mid-transaction leaves nothing behind`, async () => {
    const s = await open();
    const a = article('a2', 'Vessen negotiators met again on Friday.');
    const bad = story('s2', ['a2'], { title: 1n as unknown as string }); // JSON.stringify throws on BigInt
    await assert.rejects(s.add({ article: a, analysis: analysis(a.text), dup: dup('a2'), storyId: 's2' }, [bad]));
    assert.equal(await s.has('a2'), false);
    assert.deepEqual(await s.search('Vessen'), []);
    assert.deepEqual(await s.dirtyStories(), []);
    await s.close();
  });

  test(`${name}: marks a story dirty on add and clears the mark when its detail is written`, async () => {
    const s = await open();
    const a = article('a3', 'Storm damage closed roads across the Keld valley.');
    await s.add({ article: a, analysis: analysis(a.text), dup: dup('a3'), storyId: 's3' }, []);
    assert.deepEqual(await s.dirtyStories(), ['s3']);
    await s.putStory(story('s3', ['a3']));
    assert.deepEqual(await s.dirtyStories(), []);
    assert.equal((await s.story('s3'))?.title, 'Story s3');
    await s.close();
  });

  test(`${name}: searches with stemming and highlights, and treats query syntax as plain words`, async () => {
    const s = await open();
    const a = article('a4', 'Dockworkers voted to extend their strikes at the port of Alvero.');
    await s.add({ article: a, analysis: analysis(a.text), dup: dup('a4'), storyId: 's4' }, [story('s4', ['a4'])]);
    const hits = await s.search('strike');
    assert.equal(hits[0]?.articleId, 'a4');
    assert.match(hits[0].snippet, /\[\[strikes\]\]/);
    assert.deepEqual(await s.search('"unbalanced OR NEAR('), []);
    assert.deepEqual(await s.search('   '), []);
    await s.close();
  });

  test(`${name}: lists stories with paging and filters`, async () => {
    const s = await open();
    for (let i = 0; i < 5; i++) {
      const a = article(`b${i}`, `Report number ${i} about the harbour.`, { outlet: i % 2 ? 'Draslo Herald' : 'Meridian Wire' });
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(a.id), storyId: `t${i}` },
        [story(`t${i}`, [a.id], { last: `2026-10-1${i}`, outlets: [a.outlet!], articles: i + 1 })]);
    }
    const page = await s.stories({ limit: 2, offset: 1 });
    assert.equal(page.total, 5);
    assert.deepEqual(page.items.map((x) => x.id), ['t3', 't2']);
    assert.deepEqual((await s.stories({ outlet: 'Draslo Herald' })).items.map((x) => x.id), ['t3', 't1']);
    assert.deepEqual((await s.stories({ sort: 'size', limit: 1 })).items.map((x) => x.id), ['t4']);
    assert.equal((await s.stories({ since: '2026-10-13' })).total, 2);
    const u = article('bu', 'An undated report about the harbour.', { published: null });
    await s.add({ article: u, analysis: analysis(u.text), dup: dup('bu'), storyId: 'tu' }, [story('tu', ['bu'], { first: null, last: null, articles: 9 })]);
    assert.deepEqual((await s.stories()).items.map((x) => x.id), ['t4', 't3', 't2', 't1', 't0', 'tu']);
    assert.deepEqual((await s.stories({ sort: 'size', limit: 2 })).items.map((x) => x.id), ['tu', 't4']);
    await s.close();
  });

  test(`${name}: merging a story moves its articles and redirects its id`, async () => {
    const s = await open();
    for (const [id, sid] of [['c1', 'm1'], ['c2', 'm2']]) {
      const a = article(id, `Report ${id} on the truce in the Orlen valley.`);
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(id), storyId: sid }, [story(sid, [id])]);
    }
    await s.mergeStory('m2', 'm1');
    assert.deepEqual((await s.storyMembers('m1')).map((m) => m.article.id).sort(), ['c1', 'c2']);
    assert.equal((await s.story('m2'))?.id, 'm1');
    assert.ok((await s.dirtyStories()).includes('m1'));
    assert.equal((await s.counts()).stories, 1);
    await s.close();
  });

  test(`${name}: moving articles to a new story (a split) marks both stories for a rebuild`, async () => {
    const s = await open();
    for (const id of ['d1', 'd2', 'd3']) {
      const a = article(id, `Report ${id} on the harbour strike in Alvero.`);
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(id), storyId: 'p1' }, [story('p1', [id])]);
    }
    await s.moveArticles(['d2', 'd3'], 'p1', 'd2');
    assert.deepEqual((await s.storyMembers('p1')).map((m) => m.article.id), ['d1']);
    assert.deepEqual((await s.storyMembers('d2')).map((m) => m.article.id).sort(), ['d2', 'd3']);
    assert.deepEqual((await s.dirtyStories()).sort(), ['d2', 'p1']);
    await s.close();
  });

  test(`${name}: finds story ids by prefix with an indexed range, in id order, merged stories left out`, async () => {
    const s = await open();
    for (const sid of ['ab', 'abc2', 'abc1', 'abd', 'b00', 'ab\u00e9']) {
      const a = article(`p-${sid}`, `Report on the Orlen valley truce, story ${sid}.`);
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(a.id), storyId: sid }, [story(sid, [a.id])]);
    }
    const cases: [string, number, string[]][] = [
      ['abc', 10, ['abc1', 'abc2']], ['ab', 10, ['ab', 'abc1', 'abc2', 'abd', 'ab\u00e9']], ['ab', 2, ['ab', 'abc1']],
      ['abc1', 10, ['abc1']], ['abe', 10, []], ['', 3, ['ab', 'abc1', 'abc2']], ['%', 10, []], ['a_c', 10, []],
    ];
    for (const [prefix, limit, want] of cases) assert.deepEqual(await s.storyIds(prefix, limit), want, `${prefix} ${limit}`);
    await s.mergeStory('abc2', 'abc1');
    assert.deepEqual(await s.storyIds('abc', 10), ['abc1']);
    await s.close();
  });

  test(`${name}: lists each story with its reports per day and disputed figures, refreshed with its detail`, async () => {
    const s = await open();
    const a = article('e1', 'Ferry crossings at Talvik were cancelled.');
    const members = (days: (string | null)[]) => days.map((published, i) => ({ articleId: `e${i}`, title: null, outlet: 'Meridian Wire', published, dup: dup(`e${i}`) }));
    const claim = (verdict: 'agree' | 'disagree') => ({ subject: 'crossings', verdict, rows: [] });
    await s.add({ article: a, analysis: analysis(a.text), dup: dup('e1'), storyId: 'q1' },
      [story('q1', ['e1'], { members: members(['2026-10-09T08:00', '2026-10-07', null, '2026-10-09']), claims: [claim('disagree'), claim('agree')] })]);
    let [item] = (await s.stories()).items;
    assert.deepEqual(item.days, [{ day: '2026-10-07', count: 1 }, { day: '2026-10-09', count: 2 }]);
    assert.equal(item.disagreements, 1);
    await s.putStory(story('q1', ['e1'], { members: members(['2026-10-10']), claims: [] }));
    [item] = (await s.stories()).items;
    assert.deepEqual([item.days, item.disagreements], [[{ day: '2026-10-10', count: 1 }], 0]);
    await s.close();
  });

  test(`${name}: filters stories by an entity of their reports, as of the story's last rebuild`, async () => {
    const s = await open();
    for (const [id, text, sid] of [['f1', 'Orlen talks resumed.', 'g1'], ['f2', 'Tessel port reopened.', 'g2'], ['f3', 'Tessel ferries sail.', 'g3']]) {
      const a = article(id, text);
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(id), storyId: sid }, [story(sid, [id])]);
    }
    const withTessel = async () => (await s.stories({ entity: 'LOC:tesse' })).items.map((x) => x.id).sort();
    assert.deepEqual(await withTessel(), ['g2', 'g3']);
    await s.mergeStory('g3', 'g1');
    assert.deepEqual(await withTessel(), ['g2']);
    await s.putStory(story('g1', ['f1', 'f3']));
    assert.deepEqual(await withTessel(), ['g1', 'g2']);
    assert.equal((await s.stories({ entity: 'LOC:orlen' })).total, 1);
    await s.close();
  });

  test(`${name}: pages through search hits best first, each page with its own snippets`, async () => {
    const s = await open();
    const texts = ['The harbour strike ended.', 'Harbour strike talks: the harbour strike goes on, the harbour strike union said.', 'A strike at the harbour gates.'];
    for (const [i, text] of texts.entries()) {
      const a = article(`h${i}`, text, { title: `Report ${i}` });
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(a.id), storyId: `k${i}` }, [story(`k${i}`, [a.id])]);
    }
    const all = await s.search('harbour strike', 10);
    assert.equal(all.length, 3);
    assert.equal(all[0].articleId, 'h1');
    const pages = [await s.search('harbour strike', 2, 0), await s.search('harbour strike', 2, 2), await s.search('harbour strike', 2, 4)];
    assert.deepEqual(pages.map((p) => p.map((h) => h.articleId)), [all.slice(0, 2).map((h) => h.articleId), [all[2].articleId], []]);
    assert.ok(pages.flat().every((h) => /\[\[/.test(h.snippet)));
    await s.close();
  });

  test(`${name}: ranks only the newest matches of a common word (the rank window), and all of a rarer one`, async () => {
    const s = await open();
    const texts = ['Harbour strike at Alvero: the harbour strike, the harbour strike again.', 'A harbour strike began.', 'The harbour strike went on.'];
    for (const [i, text] of texts.entries()) {
      const a = article(`w${i}`, text);
      await s.add({ article: a, analysis: analysis(a.text), dup: dup(a.id), storyId: `w${i}` }, [story(`w${i}`, [a.id])]);
    }
    const window = SEARCH.rankWindow;
    try {
      assert.equal((await s.search('harbour strike', 3))[0].articleId, 'w0');
      SEARCH.rankWindow = 2;
      assert.deepEqual((await s.search('harbour strike', 3)).map((h) => h.articleId).sort(), ['w1', 'w2']);
      assert.deepEqual((await s.search('harbour strike Alvero', 3)).map((h) => h.articleId), ['w0']);
    } finally {
      SEARCH.rankWindow = window;
    }
    await s.close();
  });

  test(`${name}: keeps a big story's detail exactly, and its page holds each list's first chunk, lengths and the coverage grid`, async () => {
    const s = await open();
    const big = bigStory('big', 120);
    await s.putStory(big);
    assert.deepEqual(await s.story('big'), big);
    assert.equal(JSON.stringify(await s.story('big')), JSON.stringify(big), 'same keys in the same order');
    const page = JSON.parse((await s.storyPage('big'))!);
    const { chunk, nestedShown } = STORY_PAGE;
    assert.deepEqual([page.id, page.title, page.summary, page.related], [big.id, big.title, big.summary, big.related]);
    assert.deepEqual(page.members, big.members.slice(0, chunk.members));
    assert.deepEqual(page.parts.members, { total: 120, limit: chunk.members, next: chunk.members });
    assert.deepEqual(page.parts.claims, { total: 23, limit: chunk.claims, next: chunk.claims });
    assert.deepEqual(page.actors.map((a: { name: string }) => a.name), big.actors.slice(0, chunk.actors).map((a) => a.name));
    assert.deepEqual([page.timeline[3].sources.length, page.timeline[3].sourcesTotal, page.timeline[4].sourcesTotal, page.timeline[4].sources.length], [nestedShown, 12, undefined, 2]);
    assert.deepEqual([page.quotes[21]?.echoes.length, page.quotes[21]?.echoesTotal], chunk.quotes > 21 ? [nestedShown, 9] : [undefined, undefined]);
    assert.deepEqual(page.coverage.outlets.map((o: { outlet: string; total: number }) => [o.outlet, o.total]), [['Outlet 0', 40], ['Outlet 1', 40], ['Outlet 2', 40]]);
    assert.equal(page.coverage.outlets[0].days[0].first, 'r0');
    assert.equal(typeof page.version, 'string');
    assert.equal(await s.storyPage('nope'), null);
    await s.close();
  });

  test(`${name}: pages through a story's lists and an item's inner list, across chunks and past the end`, async () => {
    const s = await open();
    await s.putStory(bigStory('big', 120));
    const ids = (p: { items: unknown[] } | null) => (p?.items as { articleId: string }[]).map((m) => m.articleId);
    const mid = await s.storyPart('big', 'members', 40, 20);
    assert.deepEqual(ids(mid), Array.from({ length: 20 }, (_, i) => `r${40 + i}`));
    assert.deepEqual([mid?.total, mid?.offset, mid?.limit, mid?.next], [120, 40, 20, 60]);
    const last = await s.storyPart('big', 'members', 110, 50);
    assert.deepEqual([ids(last).length, last?.next, ids(last)[9]], [10, null, 'r119']);
    assert.deepEqual([(await s.storyPart('big', 'members', 500, 10))?.items, (await s.storyPart('big', 'members', 500, 10))?.total], [[], 120]);
    const quotes = await s.storyPart('big', 'quotes', 20, 20);
    assert.deepEqual([(quotes?.items as { text: string }[])[1].text, (quotes?.items[1] as { echoesTotal: number }).echoesTotal], ['Quote 21', 9]);
    const sources = await s.storyPart('big', 'timeline.sources', 3, 5, 3);
    assert.deepEqual([ids(sources), sources?.total, sources?.next], [['r3', 'r4', 'r5', 'r6', 'r7'], 12, 8]);
    assert.deepEqual((await s.storyPart('big', 'quotes.echoes', 0, 20, 21))?.items.length, 9);
    assert.deepEqual(ids(await s.storyPart('big', 'timeline.sources', 0, 20, 44)), ['r0', 'r1']);
    assert.equal(await s.storyPart('big', 'timeline.sources', 0, 20, 45), null);
    assert.equal(await s.storyPart('nope', 'members', 0, 20), null);
    await s.close();
  });

  test(`${name}: a rewritten story's page and lists are the new ones, also under a merged story's id`, async () => {
    const s = await open();
    await s.putStory(bigStory('big', 120));
    const before = JSON.parse((await s.storyPage('big'))!).version;
    await new Promise((r) => setTimeout(r, 5));
    await s.putStory(bigStory('big', 30));
    assert.deepEqual([(await s.storyPart('big', 'members', 50, 50))?.items, (await s.storyPart('big', 'members', 50, 50))?.total], [[], 30]);
    assert.equal((await s.story('big'))?.members.length, 30);
    const page = JSON.parse((await s.storyPage('big'))!);
    assert.deepEqual([page.parts.members.next, page.members.length], [null, 30]);
    assert.notEqual(page.version, before);
    assert.equal((await s.storyPart('big', 'members', 0, 1))?.version, page.version);
    await s.putStory(bigStory('other', 60));
    await s.mergeStory('other', 'big');
    assert.equal((await s.storyPart('other', 'members', 0, 100))?.total, 30);
    assert.equal(JSON.parse((await s.storyPage('other'))!).id, 'big');
    assert.equal((await s.story('other'))?.members.length, 30);
    await s.close();
  });

  test(`${name}: keeps small JSON state by key`, async () => {
    const s = await open();
    assert.equal(await s.getState('k'), null);
    await s.setState('k', { seq: 3, list: ['a'] });
    assert.deepEqual(await s.getState('k'), { seq: 3, list: ['a'] });
    await s.close();
  });
}
