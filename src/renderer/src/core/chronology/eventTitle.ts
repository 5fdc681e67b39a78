/**
 * The words of a clause that say what happened on a date it mentions: the sentence around the
 * mention. Chronology notes write the date as a heading sentence of its own ("Before 2026-06-23
 * (date not reported). The Secretary sends…"); then the event is the sentence after it.
 */

const TITLE_MAX = 180;

// A full stop after one of these, or after initials ("U.S.", "D.D.C."), does not end a sentence.
const ABBREVIATIONS =
  /(?:^|[\s(])(?:no|nos|sec|secs|art|arts|para|paras|s|ss|v|vs|inc|co|corp|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|cf|c|ca|approx|[a-z](?:\.[a-z])*)$/i;

/** [start, end) of each sentence of `text`, covering it without gaps. */
export function sentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const end = /[.;!?]["”')\]]*(?=\s+[^\s\p{Ll}[]|\s*$)/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (text[m.index] === '.' && ABBREVIATIONS.test(text.slice(start, m.index))) continue;
    out.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** True when a sentence says nothing but a date and its doubt: "Shortly before 2026-06-23 (date not reported)." */
function onlyTheDate(sentence: string, dateStart: number, dateEnd: number): boolean {
  const rest = (sentence.slice(0, dateStart) + ' ' + sentence.slice(dateEnd))
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    // "At the time of the reporting (mid-2026)" dates by an occasion: still only a date.
    .replace(/\bat the time of (?:the )?\p{L}+/giu, ' ')
    .replace(/\b(?:shortly|just|well|sometime|on or|before|after|prior to|since|by|until|about|around|circa|mid|early|late|in|on|at)\b/gi, ' ');
  return !/\p{L}/u.test(rest);
}

function shorten(sentence: string): string {
  const s = sentence.trim();
  if (s.length <= TITLE_MAX) return s;
  const room = s.slice(0, TITLE_MAX - 1);
  return `${room.slice(0, Math.max(room.lastIndexOf(' '), TITLE_MAX / 2))}…`;
}

/**
 * The title of the event a date mention at [start, end) of `text` dates. Invariants: a substring
 * of `text` (trimmed, at most TITLE_MAX characters, "…" marking a cut); empty only for empty text.
 */
export function clauseEventTitle(text: string, start: number, end: number): string {
  const sentences = sentenceBounds(text);
  const i = sentences.findIndex(([s, e]) => start >= s && start < e);
  if (i < 0) return shorten(text);
  const [s, e] = sentences[i]!;
  const next = sentences[i + 1];
  if (next && onlyTheDate(text.slice(s, e), start - s, end - s)) return shorten(text.slice(next[0], next[1]));
  return shorten(text.slice(s, e));
}
