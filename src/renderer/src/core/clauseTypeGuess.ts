/**
 * A first guess at a suggested clause's type from simple cues in its words. The analyst confirms
 * or changes it; the guess only saves clicks, so it stays small and predictable rather than clever.
 *
 * Order matters and is fixed (first match wins):
 * 1. the unit itself: a count is a claim; a prayer for relief (or a paragraph under one, or one
 *    that says "WHEREFORE" or "prayer for relief") is relief requested; any other complaint
 *    paragraph (or item of one) is a factual allegation;
 * 2. a section's own heading ("Sec. 2. Definitions.", "§ 740.27 License Exception AIA."), since a
 *    whole section mixes every kind of sentence;
 * 3. the words: definition ("means", "the term ... includes"), exemption ("exempt", "does not
 *    apply"), prohibition ("shall not", "may not", "must not", "no <up to five words> shall/may", "prohibit"),
 *    licence requirement ("license"/"licence" with "require"), effective date ("effective" with a
 *    date), penalty / enforcement ("penalt", "enforce"), obligation ("shall", "must"), finding /
 *    purpose ("purpose", "policy", "finds"), else other.
 */
import type { ClauseType, DocumentKind } from './types';

/** What a clause is, structurally, as segmentation found it. */
export type StructuralUnit = 'section' | 'subsection' | 'paragraph' | 'count' | 'prayer';

export interface TypeCues {
  /** The clause's clean text (see cleanQuote), hyphenation already joined. */
  text: string;
  kind: DocumentKind;
  unit: StructuralUnit;
  /** A section's printed heading, without its number ("Definitions"). */
  heading?: string;
  /** True for a paragraph that sits under a prayer for relief. */
  inPrayer?: boolean;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = new RegExp(`\\b(?:${MONTH} \\d{1,2}, \\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`);

const HEADING_CUES: readonly [RegExp, ClauseType][] = [
  [/\bdefinitions?\b/i, 'definition'],
  [/\bgeneral provisions\b/i, 'other'],
  [/\bprohibit/i, 'prohibition'],
  [/\bexempt|\bexception\b/i, 'exemption'],
  [/\blicen[cs]e/i, 'licence-requirement'],
  [/\beffective dates?\b/i, 'effective-date'],
  [/\bpenalt|\benforce/i, 'penalty-enforcement'],
  [/\bpurpose\b|\bpolicy\b|\bfindings?\b/i, 'finding-purpose'],
  [/\bscope\b|\bapplicability\b/i, 'scope'],
];

const TEXT_CUES: readonly [(text: string) => boolean, ClauseType][] = [
  [
    (t) =>
      /["“”'’]\s*(?:means|includes)\b/.test(t) ||
      /\bthe terms?\b[^.;]{0,120}?\b(?:means|includes)\b/i.test(t) ||
      /(?<!\b(?:the|any|other|by|no) )\bmeans\b(?! of\b)/i.test(t),
    'definition',
  ],
  [(t) => /\bexempt/i.test(t) || /\b(?:does|shall) not apply\b/i.test(t), 'exemption'],
  [
    (t) =>
      /\b(?:shall|may|must) not\b(?! only\b)/i.test(t) ||
      /\bno\s+(?!later\b|earlier\b|more\b|less\b)(?:[\w-]+\s+){0,4}(?:shall|may)\b/i.test(t) ||
      /\bprohibit/i.test(t),
    'prohibition',
  ],
  [(t) => /\blicen[cs]e/i.test(t) && /\brequire/i.test(t), 'licence-requirement'],
  [(t) => /\beffective\b/i.test(t) && DATE.test(t), 'effective-date'],
  [(t) => /\bpenalt/i.test(t) || /\benforce(?:ment|d|s)?\b/i.test(t), 'penalty-enforcement'],
  [(t) => /\b(?:shall|must)\b/i.test(t), 'obligation'],
  [(t) => /\bpurpose\b|\bpolicy\b|\bfinds\b/i.test(t), 'finding-purpose'],
];

/**
 * The guessed type id of a clause.
 *
 * Invariants: pure; always returns the id of a built-in type (core/clauseTypes.ts); the same cues
 * give the same guess.
 */
export function guessClauseType(cues: TypeCues): ClauseType {
  if (cues.unit === 'count') return 'claim';
  if (cues.unit === 'prayer' || cues.inPrayer || /\bWHEREFORE\b|\bprayer for relief\b/i.test(cues.text)) return 'relief-requested';
  if (cues.kind === 'complaint' && (cues.unit === 'paragraph' || cues.unit === 'subsection')) return 'factual-allegation';
  return (cues.heading ? guessFromHeading(cues.heading) : undefined) ?? guessFromText(cues.text);
}

/** The type a section heading names ("Definitions", "Penalties"), or undefined (step 2 above). */
export function guessFromHeading(heading: string): ClauseType | undefined {
  for (const [re, type] of HEADING_CUES) if (re.test(heading)) return type;
  return undefined;
}

/** The type suggested by the words alone (step 3 above). */
export function guessFromText(text: string): ClauseType {
  for (const [test, type] of TEXT_CUES) if (test(text)) return type;
  return 'other';
}
