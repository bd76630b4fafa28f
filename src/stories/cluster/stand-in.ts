/**
 * Stand-in entity ids for clustering when no NER output is at hand (evaluation, tests): runs of capitalised
 * words become lower-case ids ('X:marco-rubio'). Crude — it cannot type names or join aliases — but names are
 * what tells two stories of the same kind apart, and the real NER plugs in through the same string[] later.
 */
import type { Sentence } from '../../model/analysis.js';
import { sentences, tokenize, type Token } from '../../analyze/tokenize.js';

export const STAND_IN = {
  capitalised: /^\p{Lu}[\p{L}\p{M}'’.-]*$/u,
  /** Lower-case words allowed inside a name ("Bank of England", "Charles de Gaulle"). */
  joiners: new Set(['of', 'de', 'la', 'van', 'von', 'der', 'al', 'bin', 'del', 'da']),
  /** Capitalised words that start sentences or headlines but do not name anything. */
  skip: new Set(`a an the he she it they we i you his her its their our this that these those there here in on at
    but and or if as by for from to of with after before when while what who why how where mr mrs ms dr
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december`.split(/\s+/)),
  maxWords: 5,
};

/**
 * Capitalised runs as ids. The sentences and their tokens may be passed in when the analysis has them already
 * (the pipeline's worker does: it saves the main thread a second split and tokenisation of every report).
 * Example: standInEntities("Marco Rubio met Andriy Yermak.") → ['X:marco-rubio', 'X:andriy-yermak']
 */
export function standInEntities(text: string, sents: Sentence[] = sentences(text), tokens?: Token[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i];
    let run: string[] = [];
    const flush = () => {
      while (run.length && STAND_IN.joiners.has(run[run.length - 1])) run.pop();
      if (run.length && run.length <= STAND_IN.maxWords) out.push('X:' + run.join('-'));
      // The last word stands for the whole name later on ("Hasim Rahman" … "Rahman"): a poor man's alias.
      if (run.length > 1 && run.length <= STAND_IN.maxWords) out.push('X:' + run[run.length - 1]);
      run = [];
    };
    for (const t of tokens?.[i] ?? tokenize(text, s.start, s.end)) {
      const w = STAND_IN.capitalised.test(t.text) ? t.text.replace(/[.’']+$|['’]s$/u, '').toLowerCase() : null;
      if (w !== null && !STAND_IN.skip.has(w)) run.push(w);
      else if (run.length && STAND_IN.joiners.has(t.text)) run.push(t.text);
      else flush();
    }
    flush();
  }
  return out;
}
