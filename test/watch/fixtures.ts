/** Fictional feeds and article pages for the watch tests, served by TestServer with real validators. */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Reply } from './server.js';

export interface Story { slug: string; title: string; town: string; content?: string }

const PARAS = [
  (s: Story) => `Officials in ${s.town} said on Tuesday that ${s.title.toLowerCase()} after a meeting that ran late into the evening.`,
  (s: Story) => `The decision affects about ${s.slug.length * 120} residents, according to a statement released by the council of ${s.town}.`,
  (s: Story) => `"We have listened to everyone who wrote to us," said deputy mayor Elin Hart, who chaired the session in ${s.town}.`,
  (s: Story) => `Local business owners welcomed the news, although some said they had expected a decision weeks ago.`,
];

/** A full article page, distinct per story so each gets its own content hash. */
export function articlePage(s: Story): string {
  const body = PARAS.map((p) => `<p>${p(s)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${s.title}</title><meta property="og:site_name" content="Ellis Courier"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${s.title}</h1><p class="byline">By Mara Voss</p>${body}</article><footer>© Ellis Courier</footer></body></html>`;
}

export function rss(base: string, stories: Story[], ttl?: number): string {
  const items = stories.map((s) => `<item><title>${s.title}</title><link>${base}/news/${s.slug}?utm_source=rss</link><guid>${s.slug}</guid>
<pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate>${s.content ? `<description><![CDATA[${s.content}]]></description>` : ''}</item>`).join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Ellis Courier</title><link>${base}/</link>${ttl ? `<ttl>${ttl}</ttl>` : ''}\n${items}</channel></rss>`;
}

/** Serves a body with an ETag and answers 304 to a matching If-None-Match. */
export function withEtag(body: () => string, type = 'application/rss+xml') {
  return (req: IncomingMessage): Reply => {
    const text = body();
    const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 12)}"`;
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
    return { headers: { etag, 'content-type': type }, body: text };
  };
}

export const htmlReply = (s: Story): Reply => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePage(s) });

export const STORIES: Story[] = [
  { slug: 'ferry', title: 'The ferry terminal will open in May', town: 'Port Ellis' },
  { slug: 'bridge', title: 'The old bridge will close for repairs', town: 'Wexley' },
  { slug: 'market', title: 'The covered market will move to the quay', town: 'Dunmere' },
  { slug: 'library', title: 'The library will extend its opening hours', town: 'Halden' },
];
