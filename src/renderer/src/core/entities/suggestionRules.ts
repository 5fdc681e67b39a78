/**
 * The rules that turn a document's tokens into mentions of possible entities, in order, each
 * claiming its tokens so a later rule does not read them again:
 * 1. numbered instruments ("Executive Order 14320", "EO 14320", "Regulation (EU) 2021/821",
 *    "15 CFR 734.13", "90 FR 4544", "Public Law 116-94", "8 U.S.C. 1324b", "Act 708",
 *    "SI 2008/3231", "ECCN 4E091");
 * 2. classes of persons: a nationality, "foreign" or "US" before a noun for people
 *    ("Canadian nationals", "foreign national" -> "Foreign nationals");
 * 3. model names: a capitalised word and a version number ("Fable 5"), a hyphenated one
 *    ("GPT-4"), or capitalised words just before "model(s)" / "AI systems";
 * 4. runs of capitalised words ("Department of Commerce"), see nameRuns.ts. Single words and
 *    acronyms are kept as mentions for suggestEntities to judge across the whole case.
 * Finally a name followed by a parenthesised short form ("... Policy (OSTP)", "... 2010 (Act 708)")
 * makes the short form an alias within that document.
 *
 * Invariants: linear in the number of tokens (every look-ahead is bounded by a constant); the
 * mentions returned are sorted by start and do not overlap.
 */
import type { EntityType } from '../types';
import { nameKey } from './entityNames';
import { BREAK_WORDS, CLASS_QUALIFIERS, CONNECTORS, MODEL_STOP, NATIONALITIES, PERSON_NOUNS, PLACES, QUANTITY_WORDS } from './entityPatterns';
import { matchInstrument } from './instrumentPatterns';
import { findNameRuns } from './nameRuns';
import type { LineInfo, Token, TokenizedText } from './suggestionTokens';

export type MentionKind = 'instrument' | 'class' | 'model' | 'place' | 'name' | 'single' | 'acronym';

export interface RawMention {
  key: string;
  name: string;
  type: EntityType;
  reason: string;
  kind: MentionKind;
  start: number;
  end: number;
  sentenceStart: boolean;
  headingish: boolean;
  /** Models: "model", "AI system" or the like is printed near this mention. */
  nearModel?: boolean;
  /** Single words: printed after a title ("Governor Mills"). */
  person?: boolean;
  /** Single words: a dot follows (every time, for an abbreviation such as "Okla."). */
  dotAfter?: boolean;
  /** Set when this mention is a short form defined in the document for the mention's name. */
  aliasName?: string;
}

const VERSION = /^\d{1,2}(?:\.\d{1,2})?$/;
const HYPHEN_MODEL = /^[A-Z][A-Za-z]{1,15}-\d{1,2}(?:\.\d{1,2})?[a-z]{0,2}$/;
const TITLE_SMALL = new Set(['to', 'in', 'on', 'at', 'by', 'a', 'an', 'or', 'with', 'from']);
const MODEL_NOUNS = new Set(['model', 'models', 'system', 'systems']);
const MODEL_WORDS = /\bmodels?\b|\bai systems?\b|\bllms?\b|\bchatbots?\b/;
const ALIAS_OPEN = /^\s*\(\s*(?:the\s+|or\s+|collectively,?\s+|hereinafter\s+)?["“]?$/i;
const ALIAS_CLOSE = /^["”]?\s*\)/;

/** What the rules share while reading one document. */
export interface RuleContext {
  text: string;
  tokens: readonly Token[];
  lines: readonly LineInfo[];
  /** 1 for each token a rule has claimed. */
  taken: Uint8Array;
  mentions: RawMention[];
  /** The text between two tokens ("\f" when it is long, so it never reads as a space). */
  gap(a: number, b: number): string;
  /** Whether tokens a and b are separated by spaces and at most one line break. */
  spaced(a: number, b: number): boolean;
  /** Whether token i is on an all-caps or title-case line, or in a title-case sentence. */
  headingish(i: number): boolean;
  /** nameKey, remembered per name (the same names recur thousands of times in a long text). */
  keyOf(name: string): string;
}

/** A gap two words of one name may have between them: a few spaces and at most one line break. */
export function isSpaceGap(gap: string): boolean {
  if (gap.length === 0 || gap.length > 8) return false;
  let newlines = 0;
  for (const ch of gap) {
    if (ch === '\n') newlines++;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\u00a0') return false;
  }
  return newlines <= 1;
}
export function findMentions(text: string, { tokens, lines }: TokenizedText): RawMention[] {
  const taken = new Uint8Array(tokens.length);
  const mentions: RawMention[] = [];
  // Gaps are read only when short, so no step copies more than a few characters.
  const gap = (a: number, b: number) => (tokens[b]!.start - tokens[a]!.end <= 8 ? text.slice(tokens[a]!.end, tokens[b]!.start) : '\f');
  const spaced = (a: number, b: number) => b < tokens.length && isSpaceGap(gap(a, b));
  const headingSentence = headingSentences(tokens);
  const headingish = (i: number) => lines[tokens[i]!.line]!.kind !== 'text' || headingSentence[i] === 1;
  const add = (from: number, to: number, m: Omit<RawMention, 'start' | 'end' | 'sentenceStart' | 'headingish'>, end?: number) => {
    for (let k = from; k <= to; k++) taken[k] = 1;
    mentions.push({
      ...m,
      start: tokens[from]!.start,
      end: end ?? tokens[to]!.end,
      sentenceStart: tokens[from]!.sentenceStart,
      headingish: headingish(from),
    });
  };
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
  const ctx: RuleContext = { text, tokens, lines, taken, mentions, gap, spaced, headingish, keyOf };
  const nearModel = (start: number, end: number) => MODEL_WORDS.test(text.slice(Math.max(0, start - 100), end + 100).toLowerCase());

  // 1. Numbered instruments.
  for (let i = 0; i < tokens.length; i++) {
    const found = matchInstrument(text, tokens, i, spaced);
    if (!found) continue;
    add(i, found.last, { key: keyOf(found.name), name: found.name, type: found.type, reason: found.reason, kind: 'instrument' }, found.end);
    i = found.last;
  }

  // 2. Classes of persons.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const q = tokens[i]!;
    const plural = PERSON_NOUNS.get(tokens[i + 1]!.lower);
    if (!plural || taken[i] || taken[i + 1] || !spaced(i, i + 1)) continue;
    const nationality = q.cap && NATIONALITIES.has(q.lower);
    const qualifier = CLASS_QUALIFIERS[q.lower];
    if (!nationality && !(qualifier && (q.lower === 'foreign' || q.upper || q.lower === 'non-us'))) continue;
    const name = `${nationality ? q.text[0]!.toUpperCase() + q.lower.slice(1) : qualifier} ${plural}`;
    add(i, i + 1, {
      key: keyOf(name),
      name,
      type: 'class-of-persons',
      reason: nationality ? 'nationality → class of persons' : 'class of persons',
      kind: 'class',
    });
    i++;
  }

  // 3. Model names.
  const modelWord = (t: Token) =>
    t.cap && !t.numeric && !t.upper && /^\p{L}{2,}$/u.test(t.text) && !MODEL_STOP.has(t.lower) && !BREAK_WORDS.has(t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !t.cap) continue;
    let last = -1;
    if (t.text.includes('-')) {
      if (HYPHEN_MODEL.test(t.text) && !MODEL_STOP.has(t.lower.split('-')[0]!)) last = i;
    } else if (
      tokens[i + 1]?.numeric &&
      modelWord(t) &&
      !NATIONALITIES.has(t.lower) &&
      !PLACES.has(t.lower) &&
      spaced(i, i + 1) &&
      !gap(i, i + 1).includes('\n')
    ) {
      const v = tokens[i + 1]!;
      const after = tokens[i + 2];
      if (!taken[i + 1] && VERSION.test(v.text) && !(after && spaced(i + 1, i + 2) && QUANTITY_WORDS.has(after.lower))) last = i + 1;
    }
    if (last < 0) continue;
    const name = tokens
      .slice(i, last + 1)
      .map((x) => x.text)
      .join(' ');
    const start = t.start;
    const end = tokens[last]!.end;
    add(i, last, { key: keyOf(name), name, type: 'ai-model', reason: 'name with a version number', kind: 'model', nearModel: nearModel(start, end) });
    i = last;
  }
  for (let j = 1; j < tokens.length; j++) {
    // Lowercase "models": "Artificial Intelligence Models" is a title, not a model named "Intelligence".
    if (!MODEL_NOUNS.has(tokens[j]!.text)) continue;
    let k = j - 1;
    if (tokens[k]!.text === 'AI' && spaced(k, j)) k--;
    else if (!spaced(k, j)) continue;
    for (let n = 0; n < 5 && k >= 0; n++) {
      const t = tokens[k]!;
      if (taken[k] || !modelWord(t) || t.sentenceStart || NATIONALITIES.has(t.lower) || PLACES.has(t.lower)) break;
      if (n === 0 && k > 0 && tokens[k - 1]!.cap && spaced(k - 1, k)) break;
      add(k, k, { key: keyOf(t.text), name: t.text, type: 'ai-model', reason: 'name before “model” or “AI system”', kind: 'model', nearModel: true });
      const before = k > 0 ? tokens[k - 1]! : undefined;
      if (before && (before.lower === 'and' || before.lower === 'or') && spaced(k - 1, k) && k >= 2) k -= 2;
      else if (before && /^\s*,\s*$/.test(gap(k - 1, k))) k -= 1;
      else break;
    }
  }

  // 4. Runs of capitalised words.
  findNameRuns(ctx);

  mentions.sort((a, b) => a.start - b.start);
  applyAliases(text, mentions);
  return mentions;
}

/**
 * "Office of Science and Technology Policy (OSTP)": the short form in brackets right after a
 * name is that name's alias in this document, so its mentions count for the name.
 */
function applyAliases(text: string, mentions: RawMention[]): void {
  const aliasOf = new Map<string, RawMention>();
  for (let n = 0; n + 1 < mentions.length; n++) {
    const a = mentions[n]!;
    const b = mentions[n + 1]!;
    if (a.key === b.key || aliasOf.has(a.key) || a.kind === 'place' || b.kind === 'place' || b.kind === 'class') continue;
    if (b.start - a.end > 40 || !text.slice(a.end, b.start).includes('(')) continue;
    if (!ALIAS_OPEN.test(text.slice(a.end, b.start)) || !ALIAS_CLOSE.test(text.slice(b.end, b.end + 4))) continue;
    if (!aliasOf.has(b.key) && isShortFormOf(b, a)) aliasOf.set(b.key, a);
  }
  if (aliasOf.size === 0) return;
  for (const m of mentions) {
    const full = aliasOf.get(m.key);
    if (!full) continue;
    m.aliasName = m.name;
    Object.assign(m, {
      key: full.key,
      name: full.name,
      type: full.type,
      reason: full.reason,
      kind: full.kind,
      nearModel: full.nearModel ?? m.nearModel,
    });
  }
}

/**
 * Whether `short` can be a short form of `full`: an acronym, some of its own words ("(the
 * Chapel)"), or another citation of an instrument ("Strategic Trade Act 2010 (Act 708)").
 */
function isShortFormOf(short: RawMention, full: RawMention): boolean {
  if (short.kind === 'acronym') return true;
  if (short.kind === 'instrument') return full.type === 'instrument';
  const words = new Set(full.key.split(' '));
  return short.key.split(' ').every((w) => words.has(w));
}

/** For each token, 1 when its sentence is a title-case heading ("Sec. 4. Approval Process."). */
function headingSentences(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let from = 0;
  const close = (to: number) => {
    let caps = 0;
    let ok = true;
    for (let k = from; k < to && ok; k++) {
      const t = tokens[k]!;
      if (t.numeric) continue;
      if (t.cap) caps++;
      else if (!CONNECTORS.has(t.lower) && !TITLE_SMALL.has(t.lower)) ok = false;
    }
    if (ok && caps >= 2) out.fill(1, from, to);
  };
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.sentenceStart) {
      close(k);
      from = k;
    }
  }
  return out;
}
