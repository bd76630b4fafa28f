/**
 * TimeML (.tml, TempEval-3 layout) reader and writer for the time suite. Reads the DCT and the TEXT element
 * with htmlparser2 (xmlMode), rebuilding plain text and gold TIMEX3 spans; keeps the raw (entity-encoded)
 * text beside it so a system annotation can be written back byte-identical for the official TE3 scorer.
 */
import { Parser } from 'htmlparser2';
import type { TimeExpr } from '../model/analysis.js';

export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TmlDoc {
  /** Decoded text of the TEXT element. */
  text: string;
  /** Document creation time (TIMEX3 value inside DCT). */
  dct: string | null;
  gold: GoldTimex[];
  /** The TEXT element's content with tags removed but entities kept, and decoded index → raw index. */
  raw: string;
  toRaw: number[];
  /** File content up to and including `<TEXT>`. */
  head: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parses one TimeML file. Example: readTml('<TimeML><DCT><TIMEX3 value="1998-08-07"/></DCT><TEXT>Friday</TEXT></TimeML>') */
export function readTml(xml: string): TmlDoc {
  const doc: TmlDoc = { text: '', dct: null, gold: [], raw: '', toRaw: [], head: '' };
  const stack: { start: number; type: string; value: string }[] = [];
  let inDct = false;
  let inText = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'DCT') inDct = true;
      if (name === 'TEXT') [inText, doc.head] = [true, xml.slice(0, parser.endIndex + 1)];
      if (name === 'TIMEX3' && inDct) doc.dct = attrs.value ?? null;
      if (name === 'TIMEX3' && inText) stack.push({ start: doc.text.length, type: attrs.type ?? '', value: attrs.value ?? '' });
    },
    ontext(chunk) {
      if (inText) appendRaw(doc, chunk);
    },
    onclosetag(name) {
      if (name === 'DCT') inDct = false;
      if (name === 'TEXT') inText = false;
      const open = name === 'TIMEX3' && inText ? stack.pop() : undefined;
      if (open) doc.gold.push({ start: open.start, end: doc.text.length, type: open.type, value: open.value });
    },
  }, { xmlMode: true, decodeEntities: false });
  parser.end(xml);
  doc.toRaw.push(doc.raw.length);
  return doc;
}

function appendRaw(doc: TmlDoc, chunk: string) {
  const re = /&(#x[0-9a-f]+|#\d+|[a-z]+);|[^&]+|&/gi;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    let decoded = m[0];
    if (m[1]) decoded = m[1][0] === '#' ? String.fromCodePoint(parseInt(m[1].slice(m[1][1] === 'x' ? 2 : 1), m[1][1] === 'x' ? 16 : 10)) : ENTITIES[m[1]] ?? m[0];
    for (let i = 0; i < decoded.length; i++) doc.toRaw.push(doc.raw.length + (m[1] ? 0 : i));
    doc.text += decoded;
    doc.raw += m[0];
  }
}

/** The same file with only our TIMEX3 tags in TEXT, for Tools/TE3-evaluation.py. */
export function writeTml(doc: TmlDoc, times: Pick<TimeExpr, 'start' | 'end' | 'type' | 'value'>[]): string {
  let out = '';
  let at = 0;
  times.forEach((t, i) => {
    const [s, e] = [doc.toRaw[t.start], doc.toRaw[t.end]];
    const value = (t.value ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    out += doc.raw.slice(at, s) + `<TIMEX3 tid="t${i + 1}" type="${t.type}" value="${value}">` + doc.raw.slice(s, e) + '</TIMEX3>';
    at = e;
  });
  return `${doc.head}${out}${doc.raw.slice(at)}</TEXT>\n\n</TimeML>\n`;
}
