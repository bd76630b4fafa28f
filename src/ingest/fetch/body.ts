/**
 * Reads a response body as a stream and stops past a size bound, so an endless or huge response cannot
 * fill memory; the caller's abort controller cancels the connection.
 */
import { FetchError } from './errors.js';

/** Example: const bytes = await readBounded(res, 5 * 1024 * 1024, url, ctrl) */
export async function readBounded(res: Response, maxBytes: number, url: string, ctrl: AbortController): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    ctrl.abort();
    throw new FetchError('too-large', `Content-Length ${declared} is over the ${maxBytes}-byte limit`, url);
  }
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      ctrl.abort();
      await reader.cancel().catch(() => {});
      throw new FetchError('too-large', `body passed the ${maxBytes}-byte limit`, url);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
