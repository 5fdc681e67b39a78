/**
 * Clause against clause: the word-level difference between two clauses' quotes, ready for the
 * side-by-side view (core of features/compare/ClauseDiffDialog.tsx). Uses the `diff` package's
 * word diff with whitespace as tokens (diffWordsWithSpace: plain diffWords may give a 'same' part
 * the other side's spacing, so a side would not rebuild its own quote); punctuation is its own
 * token ("located." against "located;" changes only the mark).
 *
 * Invariants: the illustrative suffix (" (illustrative reconstruction)") is taken off both
 * quotes before diffing and reported as a flag, so two sample quotes never "agree" on it nor does
 * it show as a change; runs of whitespace (line ends in the PDF's text) count as one space, so a
 * line break is never a difference; joining the 'same' and 'deleted' parts gives the first quote
 * and joining 'same' and 'inserted' gives the second (both normalised).
 */
import { diffWordsWithSpace } from 'diff';
import { ILLUSTRATIVE_SUFFIX } from '../clauseExport';

export type DiffPartKind = 'same' | 'inserted' | 'deleted';

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

export interface PreparedQuote {
  /** The quote as compared: suffix off, whitespace collapsed, trimmed. */
  text: string;
  /** True when the quote carried the illustrative suffix (a sample study document's words). */
  illustrative: boolean;
}

export interface ClauseDiff {
  first: PreparedQuote;
  second: PreparedQuote;
  /** In reading order: deletions are words only the first has, insertions words only the second has. */
  parts: DiffPart[];
  /** True when the compared texts are the same word for word. */
  equal: boolean;
  /** Number of words only in the first, and only in the second (punctuation marks not counted). */
  deletedWords: number;
  insertedWords: number;
}

/** The quote as compared, and whether it carried the illustrative suffix (taken off once, as exports add it once). */
export function prepareQuote(quote: string, illustrative = false): PreparedQuote {
  let text = quote.replace(/\s+/g, ' ').trim();
  const suffix = ILLUSTRATIVE_SUFFIX.trim();
  const marked = text.endsWith(suffix);
  if (marked) text = text.slice(0, -suffix.length).trimEnd();
  return { text, illustrative: illustrative || marked };
}

/** Counts words (letters and digits, with inner apostrophes and hyphens). */
function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Word-level diff of two quotes (first → second); see the module's invariants. */
export function diffClauses(
  firstQuote: string,
  secondQuote: string,
  flags: { firstIllustrative?: boolean; secondIllustrative?: boolean } = {},
): ClauseDiff {
  const first = prepareQuote(firstQuote, flags.firstIllustrative);
  const second = prepareQuote(secondQuote, flags.secondIllustrative);
  const raw = diffWordsWithSpace(first.text, second.text).map((change): DiffPart => ({
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
    text: change.value,
  }));
  const parts = absorbShortCommon(raw);
  const count = (kind: DiffPartKind) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + words(p.text), 0);
  const equal = parts.every((p) => p.kind === 'same' || p.text.trim() === '');
  return { first, second, parts, equal, deletedWords: count('deleted'), insertedWords: count('inserted') };
}

/**
 * Two different sentences share "a", "of", "who" by chance; marking the words around each as
 * separate changes shreds both quotes. A common part of at most one word of up to three
 * characters (or only spaces and punctuation) between two changes joins them: the run becomes
 * one deletion (its first-side words, the common word included) then one insertion. Both sides
 * still rebuild exactly.
 */
function absorbShortCommon(raw: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: 'deleted', text: deleted });
    if (inserted) out.push({ kind: 'inserted', text: inserted });
    deleted = inserted = '';
  };
  raw.forEach((part, i) => {
    const between = i > 0 && i < raw.length - 1 && raw[i - 1]!.kind !== 'same' && raw[i + 1]!.kind !== 'same';
    const short = words(part.text) <= 1 && part.text.trim().length <= 3;
    if (part.kind === 'deleted') deleted += part.text;
    else if (part.kind === 'inserted') inserted += part.text;
    else if (between && short) {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += part.text;
      else out.push({ ...part });
    }
  });
  flush();
  return out;
}

/**
 * The parts one side shows: the first clause its own words with deletions marked, the second with
 * insertions. On one side, a lone space between two marks joins them into one mark (", wherever"
 * reads as one deletion, not two), which the shared parts cannot do: the other side keeps that
 * space. Joined, a side's parts still give its quote exactly.
 */
export function sideParts(diff: ClauseDiff, side: 'first' | 'second'): DiffPart[] {
  const hidden: DiffPartKind = side === 'first' ? 'inserted' : 'deleted';
  const shown = diff.parts.filter((p) => p.kind !== hidden);
  const out: DiffPart[] = [];
  shown.forEach((part, i) => {
    const last = out[out.length - 1];
    const next = shown[i + 1];
    const joins = part.kind === 'same' && part.text.trim() === '' && last && last.kind !== 'same' && next?.kind === last.kind;
    if (last && (joins || last.kind === part.kind)) last.text += part.text;
    else out.push({ ...part });
  });
  return out.flatMap(trimMark).reduce<DiffPart[]>((parts, part) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else parts.push(part);
    return parts;
  }, []);
}

/** A mark's outer spaces are left unmarked: a struck-through or underlined space only adds noise. */
function trimMark(part: DiffPart): DiffPart[] {
  if (part.kind === 'same') return [part];
  if (part.text.trim() === '') return [{ kind: 'same', text: part.text }];
  const lead = /^\s*/.exec(part.text)![0];
  const trail = /\s*$/.exec(part.text)![0];
  return [
    { kind: 'same' as const, text: lead },
    { kind: part.kind, text: part.text.slice(lead.length, part.text.length - trail.length) },
    { kind: 'same' as const, text: trail },
  ].filter((p) => p.text !== '');
}

/** "3 words only in the first clause, 5 words only in the second.", or that they are the same. */
export function describeDiff(diff: ClauseDiff): string {
  if (diff.equal) return 'The two quotes are the same word for word.';
  if (diff.deletedWords === 0 && diff.insertedWords === 0) return 'The words are the same; only punctuation differs.';
  const n = (count: number) => `${count} word${count === 1 ? '' : 's'}`;
  return `${n(diff.deletedWords)} only in the first clause, ${n(diff.insertedWords)} only in the second.`;
}
