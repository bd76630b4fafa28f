/**
 * Content hashes. The article id hashes the cleaned text together with where it was published (URL, else
 * outlet), so re-ingesting a report is a no-op while the same wire text from two outlets stays two articles;
 * the text hash alone finds those exact duplicates.
 */
import { createHash } from 'node:crypto';

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Example: textHash('Hello  world') === textHash('hello world') */
export function textHash(text: string): string {
  return createHash('sha256').update(normalise(text)).digest('hex').slice(0, 16);
}

/** Example: articleId('Body', 'https://x.test/a', null) */
export function articleId(text: string, url: string | null, outlet: string | null): string {
  return createHash('sha256').update(normalise(text)).update('\u0000').update(url ?? outlet ?? '').digest('hex').slice(0, 16);
}
