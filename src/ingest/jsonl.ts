/**
 * JSONL reader: one report per line, `{url,title,published,outlet,author,text|html}` (other common names —
 * `content`, `body`, `date`, `source`, `link` — are accepted too). A malformed line is rejected with its line
 * number; the other lines go on.
 */
import { z } from 'zod';
import type { RawDocument } from '../model/document.js';
import { CrosscheckError } from '../model/error.js';

const str = z.string().optional().nullable();
const LineSchema = z.object({
  url: str, link: str, title: str, headline: str, published: str, date: str, outlet: str, source: str,
  site: str, author: str, byline: str, text: str, content: str, body: str, html: str, lang: str,
}).loose();

export type LineResult = { doc: RawDocument } | { error: CrosscheckError };

/** Parses one JSONL line. Example: jsonlLine('{"title":"T","text":"Body"}', 'a.jsonl', 3) */
export function jsonlLine(line: string, path: string, lineNo: number): LineResult | null {
  if (!line.trim()) return null;
  const source = `${path}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    return { error: new CrosscheckError('BAD_JSON', 'ingest', `line ${lineNo}: not valid JSON (${(cause as Error).message})`, { source, cause }) };
  }
  const parsed = LineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: new CrosscheckError('BAD_RECORD', 'ingest', `line ${lineNo}: ${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'not an object'}`, { source }) };
  }
  const r = parsed.data;
  const text = r.text ?? r.content ?? r.body ?? undefined;
  const html = r.html ?? undefined;
  if (!text?.trim() && !html?.trim()) {
    return { error: new CrosscheckError('NO_TEXT', 'ingest', `line ${lineNo}: no "text" or "html" field`, { source }) };
  }
  const looksHtml = !html && text && /^\s*<(?:!doctype|html|body|article|div|p)\b/i.test(text);
  return {
    doc: {
      source,
      format: 'jsonl',
      text: looksHtml ? undefined : text ?? undefined,
      html: looksHtml ? text : html,
      hints: clean({
        url: r.url ?? r.link, title: r.title ?? r.headline, published: r.published ?? r.date,
        outlet: r.outlet ?? r.source ?? r.site, author: r.author ?? r.byline, lang: r.lang,
      }),
    },
  };
}

function clean<T extends Record<string, string | null | undefined>>(o: T): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  return out;
}
