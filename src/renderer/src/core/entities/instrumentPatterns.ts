/**
 * Numbered legal instruments and citations, recognised at a token: "Executive Order 14320" (and
 * "EO 14320", "Executive Order No. 14320"), "Regulation (EU) 2021/821", "15 CFR 734.13",
 * "15 CFR part 744", "90 FR 4544", "Public Law 116-94", "8 U.S.C. 1324b", "Act 708",
 * "SI 2008/3231", "ECCN 4E091". Each gives one canonical name, so the ways of writing the same
 * citation count together (subdivisions such as "(a)(1)" are left out of the name).
 *
 * Invariant: a match reads at most a fixed number of tokens after the first (constant work).
 */
import type { EntityType } from '../types';
import type { Token } from './suggestionTokens';

export interface InstrumentMatch {
  name: string;
  type: EntityType;
  reason: string;
  /** Index of the last token of the match. */
  last: number;
  /** End offset of the match, when it ends after its last token (a closing bracket). */
  end?: number;
}

type Spaced = (a: number, b: number) => boolean;

const YEAR = /^(?:1[6-9]|20)\d\d$/;
const EU_ACT = /\s{0,3}\((EU|EC|EEC|Euratom)\)\s{0,3}(No\.?\s{0,3})?(\d{1,5}\/\d{1,5})/y;
const SECTION_GAP = /^\s{1,3}(?:§{1,2}\s{0,2})?$/;

function instrument(name: string, reason: string, last: number, end?: number): InstrumentMatch {
  return { name, type: 'instrument', reason, last, ...(end !== undefined ? { end } : {}) };
}

/** The numbered instrument starting at token i, if any. */
export function matchInstrument(text: string, tokens: readonly Token[], i: number, spaced: Spaced): InstrumentMatch | undefined {
  const t = tokens[i]!;
  const t1 = tokens[i + 1];
  if (!t1) return undefined;
  const near = (a: number) => spaced(a, a + 1);
  const sameLine = (a: number) => near(a) && !text.slice(tokens[a]!.end, tokens[a + 1]!.start).includes('\n');
  const sectionGap = (a: number) => a + 1 < tokens.length && SECTION_GAP.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start));

  if (t.lower === 'executive' && t1.lower === 'order' && near(i)) {
    let k = i + 2;
    if (tokens[k]?.lower === 'no.' && near(k - 1)) k++;
    const n = tokens[k];
    if (n && near(k - 1) && /^\d{1,6}$/.test(n.text)) return instrument(`Executive Order ${n.text}`, 'executive order', k);
    return undefined;
  }
  if ((t.text === 'EO' || t.text === 'E.O.') && near(i) && /^\d{3,6}$/.test(t1.text))
    return instrument(`Executive Order ${t1.text}`, 'executive order', i + 1);

  if (t.cap && /^(?:regulation|directive|decision)$/.test(t.lower)) {
    EU_ACT.lastIndex = t.end;
    const m = EU_ACT.exec(text);
    if (!m) return undefined;
    const end = t.end + m[0].length;
    let last = i;
    while (last + 1 < tokens.length && last - i < 6 && tokens[last + 1]!.end <= end) last++;
    const word = t.text[0]!.toUpperCase() + t.lower.slice(1);
    return instrument(`${word} (${m[1]}) ${m[2] ? 'No ' : ''}${m[3]}`, 'EU legal act', last, end);
  }

  if (/^\d{1,2}$/.test(t.text) && (t1.text === 'CFR' || t1.text === 'C.F.R.') && near(i)) {
    let k = i + 2;
    let part = '';
    if (tokens[k] && (tokens[k]!.lower === 'part' || tokens[k]!.lower === 'parts') && near(k - 1)) {
      part = 'part ';
      k++;
    }
    const n = tokens[k];
    if (n && (part ? near(k - 1) : sectionGap(k - 1)) && /^\d{1,4}(?:\.\d{1,4})?[a-z]?$/.test(n.text))
      return instrument(`${t.text} CFR ${part}${n.text}`, 'Code of Federal Regulations', k);
    return instrument(`${t.text} CFR`, 'Code of Federal Regulations', i + 1);
  }

  if (/^\d{1,3}$/.test(t.text) && t1.text === 'FR' && near(i)) {
    const n = tokens[i + 2];
    if (n && near(i + 1) && /^\d{1,6}$/.test(n.text)) return instrument(`${t.text} FR ${n.text}`, 'Federal Register citation', i + 2);
    return undefined;
  }

  if ((t.lower === 'public' && t1.lower === 'law') || (t.lower === 'pub.' && t1.lower === 'l.')) {
    if (!near(i)) return undefined;
    let k = i + 2;
    if (tokens[k]?.lower === 'no.' && near(k - 1)) k++;
    const n = tokens[k];
    if (n && near(k - 1) && /^\d{2,3}[-–]\d{1,4}$/.test(n.text)) return instrument(`Public Law ${n.text.replace('–', '-')}`, 'public law', k);
    return undefined;
  }

  if (/^\d{1,2}$/.test(t.text) && (t1.text === 'U.S.C.' || t1.text === 'USC') && near(i)) {
    const n = tokens[i + 2];
    if (n && sectionGap(i + 1) && /^\d{1,6}[a-z]?(?:-\d{1,4})?$/.test(n.text))
      return instrument(`${t.text} U.S.C. ${n.text}`, 'United States Code', i + 2);
    return undefined;
  }

  if (t.text === 'Act' && sameLine(i) && /^\d{1,4}$/.test(t1.text) && !YEAR.test(t1.text)) return instrument(`Act ${t1.text}`, 'numbered act', i + 1);
  if ((t.text === 'SI' || t.text === 'S.I.') && near(i) && /^\d{4}\/\d{1,5}$/.test(t1.text))
    return instrument(`SI ${t1.text}`, 'statutory instrument', i + 1);
  if (t.text === 'ECCN' && near(i) && /^\d[A-Z]\d{3}/.test(t1.text))
    return { name: `ECCN ${t1.text}`, type: 'other', reason: 'export control classification number', last: i + 1 };
  return undefined;
}
