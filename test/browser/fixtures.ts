/**
 * Test data for the API and browser tests, all fictional and written for these tests: hand-built stored
 * articles and stories (exact spans located with indexOf, so they are right by construction), and raw
 * reports for the real pipeline, one of them hostile (script tags, an onerror handler, javascript: links).
 */
import type { Analysis } from '../../src/model/analysis.js';
import type { Article, RawDocument } from '../../src/model/document.js';
import type { StoryDetail } from '../../src/model/story.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

const span = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
};

/** One hand-built article with an entity, a quote, a date and a claim. */
export function fixtureArticle(i: number): { article: Article; analysis: Analysis } {
  const text = `Ferry operators in Talvik said on Monday that ${i + 3} crossings were cancelled. "We will not sail into this storm," said harbour master Edda Rusk.\n\nThe port reopens on Friday.`;
  const article: Article = {
    id: `a${String(i).padStart(4, '0')}`, source: `fixture:${i}`, outlet: i % 2 ? 'Talvik Post' : 'Northern Ledger', url: `https://example.org/${i}`,
    title: `Storm halts ferries, report ${i}`, author: null, published: `2026-03-${String(1 + (i % 20)).padStart(2, '0')}T09:00`, text, removed: [], metaSources: {},
  };
  const q = span(text, '"We will not sail into this storm,"');
  const analysis: Analysis = {
    sentences: [],
    entities: [{ ...span(text, 'Edda Rusk'), type: 'PER', canonical: 'Edda Rusk', canonicalId: 'PER:edda-rusk' }, { ...span(text, 'Talvik'), type: 'LOC', canonical: 'Talvik', canonicalId: 'LOC:talvik' }],
    quotes: [{ ...q, speaker: 'Edda Rusk', speakerStart: text.indexOf('Edda'), speakerEnd: text.indexOf('Edda') + 9, cue: 'said', kind: 'direct' }],
    times: [{ ...span(text, 'on Monday'), type: 'DATE', value: article.published!.slice(0, 10) }],
    claims: [{ ...span(text, `${i + 3} crossings`), value: i + 3, low: i + 3, high: i + 3, qualifier: 'exact', unit: 'crossings', subject: 'crossings cancelled' }],
  };
  return { article, analysis };
}

/** The story detail the store keeps for a set of fixture members. */
export function fixtureStory(id: string, members: { article: Article; analysis: Analysis }[]): StoryDetail {
  const a0 = members[0].article;
  const ref = (a: Article, s: { start: number; end: number }) => ({ articleId: a.id, outlet: a.outlet, published: a.published, start: s.start, end: s.end });
  return {
    id, title: a0.title ?? '', articles: members.length, outlets: [...new Set(members.map((m) => m.article.outlet ?? ''))].sort(),
    first: a0.published, last: members[members.length - 1].article.published, previous: null,
    members: members.map(({ article: a }) => ({ articleId: a.id, title: a.title, outlet: a.outlet, published: a.published, dup: { articleId: a.id, kind: 'original', of: null, similarity: 0 } })),
    timeline: [], actors: [{ canonicalId: 'PER:edda-rusk', name: 'Edda Rusk', type: 'PER', mentions: members.length, articles: members.length, roles: ['harbour master'], aliases: [] }],
    quotes: [{ speaker: 'Edda Rusk', text: members[0].analysis.quotes[0].text, first: ref(a0, members[0].analysis.quotes[0]), echoes: [] }],
    claims: [{ subject: 'crossings cancelled', verdict: members.length > 1 ? 'disagree' : 'single', rows: members.map(({ article: a, analysis: an }) => ({ articleId: a.id, outlet: a.outlet, published: a.published, text: an.claims[0].text, value: an.claims[0].value, low: an.claims[0].low, high: an.claims[0].high, source: null, start: an.claims[0].start, end: an.claims[0].end })) }],
    summary: [{ text: a0.text.slice(0, a0.text.indexOf('.') + 1), source: ref(a0, { start: 0, end: a0.text.indexOf('.') + 1 }) }],
    related: [],
  };
}

/** An in-memory store with `stories` stories of `perStory` articles each. Example: await fixtureStore(25, 2) */
export async function fixtureStore(stories: number, perStory = 2): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  let n = 0;
  for (let s = 0; s < stories; s++) {
    const id = `s${String(s).padStart(4, '0')}`;
    const members: ReturnType<typeof fixtureArticle>[] = [];
    for (let k = 0; k < perStory; k++) {
      const m = fixtureArticle(n++);
      members.push(m);
      await store.add({ ...m, dup: { articleId: m.article.id, kind: 'original', of: null, similarity: 0 }, storyId: id }, [fixtureStory(id, members)]);
    }
  }
  return store;
}

/** Fictional reports for the real pipeline: one story told by three outlets, with a figure they disagree on. */
export const REPORTS: { url: string; title: string; published: string; outlet: string; text?: string; html?: string }[] = [
  {
    url: 'https://harbourgazette.example/ferry-sinks', title: 'Ferry sinks off Varnholm, at least 12 dead', published: '2026-05-04T08:00:00Z', outlet: 'Harbour Gazette',
    text: 'A passenger ferry sank off the island of Varnholm on Sunday night, killing at least 12 people, the coastguard said on Monday.\n\nThe ferry Maren Lund was carrying 140 passengers when it capsized in heavy seas about 3 km from the harbour. Rescue boats pulled 118 people from the water.\n\n"The sea was like a wall," said Petra Okonen, a survivor from Varnholm. "We never saw it coming."\n\nCoastguard commander Ivo Santer said divers would resume the search on Tuesday.',
  },
  {
    url: 'https://northernledger.example/varnholm-ferry', title: 'Death toll from Varnholm ferry disaster rises to 15', published: '2026-05-05T10:30:00Z', outlet: 'Northern Ledger',
    text: 'The number of people killed when the ferry Maren Lund sank off Varnholm has risen to 15, the coastguard said on Tuesday.\n\nCoastguard commander Ivo Santer said 15 people had been killed and seven were still missing. The mayor of Varnholm, Tove Brenn, put the toll at 13. "We will keep searching until every family has an answer," Mr Santer told reporters in Varnholm.\n\nThe ferry was carrying 140 passengers when it capsized on Sunday night. Transport minister Lena Hark promised an inquiry into the disaster.',
  },
  {
    url: 'https://islandtimes.example/maren-lund', title: 'Varnholm mourns as ferry inquiry opens', published: '2026-05-06T07:15:00Z', outlet: 'Island Times',
    text: 'Varnholm held a vigil on Wednesday for the victims of the Maren Lund ferry disaster, in which 15 people were killed.\n\nTransport minister Lena Hark opened an inquiry into the sinking on Wednesday. "Every question will be answered," Ms Hark said.\n\nThe coastguard said the ferry was carrying 140 passengers. Divers were searching for seven people who are still missing.',
  },
];

/** The hostile report: markup and script in its HTML and, as literal words, in its text. */
export const HOSTILE_TEXT = 'Varnholm council published a statement on Thursday about the Maren Lund ferry. It read: <script>alert(1)</script> and <img src=x onerror="window.__pwned=1"> and a link javascript:window.__pwned=1 that must stay words.\n\nThe council said the harbour would reopen on Friday after 15 people were killed in the sinking.';
export const HOSTILE: RawDocument[] = [
  {
    source: 'fixture:hostile.html', format: 'html',
    html: `<!doctype html><html><head><title>Council statement on ferry</title><script>alert(1)</script></head><body><article><h1>Council statement on ferry</h1><p>${HOSTILE_TEXT.replace(/</g, '&lt;')}</p><p>Varnholm council met on Thursday. <script>alert(1)</script><img src=x onerror="window.__pwned=1"> Read the <a href="javascript:window.__pwned=1">full statement</a> from the council, which said 15 people were killed in the sinking of the Maren Lund ferry.</p></article></body></html>`,
    hints: { url: 'javascript:window.__pwned=1', outlet: 'Varnholm Council', published: '2026-05-07T09:00:00Z', title: '<img src=x onerror="window.__pwned=1">Council statement' },
  },
  {
    source: 'fixture:hostile.txt', format: 'text', text: HOSTILE_TEXT,
    hints: { url: 'javascript:window.__pwned=1', outlet: '<script>alert(1)</script>', published: '2026-05-07T10:00:00Z', title: '<script>alert(1)</script> Council statement' },
  },
];
