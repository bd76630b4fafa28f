/**
 * Search snippets arrive from the store with hits wrapped in `[[` and `]]`. The API turns them into a list of
 * plain-text parts so that clients build `<mark>` elements themselves: no HTML ever travels in a snippet, so
 * report text cannot inject markup.
 */

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const OPEN = '[[';
const CLOSE = ']]';

/** Example: snippetParts('the [[dam]] burst') → [{text:'the ',mark:false},{text:'dam',mark:true},{text:' burst',mark:false}] */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let i = 0;
  while (i < snippet.length) {
    const open = snippet.indexOf(OPEN, i);
    if (open < 0) break;
    const close = snippet.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    push(snippet.slice(i, open), false);
    push(snippet.slice(open + OPEN.length, close), true);
    i = close + CLOSE.length;
  }
  push(snippet.slice(i), false);
  return parts;
}
