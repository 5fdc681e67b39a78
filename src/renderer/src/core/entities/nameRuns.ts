/**
 * Names made of capitalised words: runs such as "Department of Commerce", "Court of Appeals for
 * the First Circuit", "Export and Import Permits Act", "Strategic Trade Act 2010", read from the
 * tokens no earlier rule claimed (see suggestionRules.ts), and what each run is taken to be:
 * - a run joins capitalised words with connectors ("of", "for", "the", "and", "de", "&") and
 *   initials ("Roger K. Gannam"); a capitalised function word ("Through") may sit inside one only
 *   if the name ends in a head word ("... Through Diplomacy Act"); it crosses a line break only
 *   where the line wrapped (not after a short line, which ends a heading or a field);
 * - it is split at an "and" that joins two names ("Canada and the United Kingdom");
 * - party roles, honorifics, "United States" before a department or instrument, and trailing
 *   acronyms like "FAQ" are stripped; "US District Court" is named "United States District Court";
 * - all-caps runs count only when they name a court, an agency or an office; runs on a heading
 *   must take their type from their head word; a long run with no type is a title, not a name.
 */
import type { EntityType } from '../types';
import {
  ACRONYM_STOP,
  AGENCY_HEADS,
  BREAK_WORDS,
  CALENDAR_WORDS,
  CASED_PLACE_FORMS,
  CONNECTORS,
  COURT_HEADS,
  HONORIFICS,
  INSTRUMENT_HEADS,
  MAX_PLACE_WORDS,
  NATIONALITIES,
  OFFICE_TITLES,
  ORGANISATION_HEADS,
  PLACES,
  ROLE_WORDS,
  STOP_PHRASES,
} from './entityPatterns';
import type { RuleContext } from './suggestionRules';
import type { Token } from './suggestionTokens';

const YEAR = /^(?:1[6-9]|20)\d\d$/;
const HYPHEN_LOWER = /-\p{Ll}.*$/u;
const ORG_SUFFIX = new Set(['inc.', 'inc', 'llc', 'ltd.', 'ltd', 'corp.', 'co.', 'l.l.c.', 'plc', 'gmbh', 'llp']);
const OFFICE_LAST = new Set(['officer', 'representative', 'general', 'secretary', 'director', 'administrator', 'commissioner', 'minister']);
const US_FORMS = new Set(['us', 'u.s.', 'usa', 'u.s.a.']);
const PLACE_PREFIXES = new Set([...US_FORMS, 'uk', 'u.k.', 'eu']);
const MAX_SOFT = 2;
/** No name is longer; the cap also keeps every step on a run constant-time. */
const MAX_RUN = 16;
const ROMAN = /^[IVXL]+\.?$/;
const STATE_OF = new Set(['state', 'states', 'commonwealth']);
/** A name with no type and this many words is a title or a heading, not an entity. */
const MAX_UNTYPED_WORDS = 5;

const nameWord = (t: Token) => (t.cap && t.text.includes('-') ? t.text.replace(HYPHEN_LOWER, '') : t.text);
const titleCase = (word: string) => (word.length <= 4 && word.includes('.') ? word : word[0]! + word.slice(1).toLowerCase());
const isAmpGap = (gap: string) => gap.length <= 5 && gap.trim() === '&';

export function isHead(word: string): boolean {
  return COURT_HEADS.has(word) || AGENCY_HEADS.has(word) || INSTRUMENT_HEADS.has(word) || ORGANISATION_HEADS.has(word);
}

/** Finds the runs of capitalised words among the unclaimed tokens and adds their mentions. */
export function findNameRuns(ctx: RuleContext): void {
  const { tokens, lines, taken, gap, spaced } = ctx;
  const lineIsCaps = (t: Token) => lines[t.line]!.kind === 'caps';
  const namey = (t: Token | undefined, caps: boolean): boolean => {
    if (!t || t.numeric || !t.cap || CONNECTORS.has(t.lower)) return false;
    if (caps) return t.upper && !BREAK_WORDS.has(t.lower);
    if (t.upper && !lineIsCaps(t)) return !ROMAN.test(t.text);
    return !BREAK_WORDS.has(t.lower) && !(t.abbrev && t.text.length === 2);
  };
  const connector = (t: Token, caps: boolean) => CONNECTORS.has(t.lower) && (!caps || t.upper || t.text.length <= 3);
  const soft = (t: Token) => t.cap && !t.upper && !t.sentenceStart && BREAK_WORDS.has(t.lower) && !CALENDAR_WORDS.has(t.lower) && t.text.length > 2;
  const initial = (t: Token) => t.abbrev && t.text.length === 2 && t.cap;
  const endsRun = (t: Token) => t.possessive || (t.cap && t.text.includes('-') && HYPHEN_LOWER.test(t.text)) || ORG_SUFFIX.has(t.lower);

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const first = tokens[i]!;
    const caps = first.upper && (lineIsCaps(first) || (spaced(i, i + 1) && tokens[i + 1]!.upper && namey(tokens[i + 1], true)));
    if (!namey(first, caps)) continue;
    const run = [i];
    const softAt: number[] = [];
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      if (endsRun(cur) || j + 1 >= tokens.length || taken[j + 1] || run.length >= MAX_RUN) break;
      const g = gap(j, j + 1);
      const next = tokens[j + 1]!;
      if (/^\s*,\s*$/.test(g) && ORG_SUFFIX.has(next.lower)) {
        run.push(++j);
        break;
      }
      const amp = isAmpGap(g);
      if (!amp && !spaced(j, j + 1)) break;
      // A line that ended short ended the name, unless the name goes on with "of", "for", ...
      // A line break ends a name where the line ended short (a heading, a field), at a page's edge,
      // and in all caps (captions stack names line by line) unless the next line goes on with "FOR".
      if (g.includes('\n') && (caps || lines[cur.line]!.short || lines[cur.line]!.edge || lines[next.line]!.edge) && !connector(next, caps)) break;
      if (namey(next, caps) || (!caps && initial(next) && spaced(j + 1, j + 2) && namey(tokens[j + 2], caps))) {
        run.push(++j);
        continue;
      }
      if (amp) break;
      if (next.numeric && YEAR.test(next.text) && INSTRUMENT_HEADS.has(cur.lower)) {
        run.push(++j);
        break;
      }
      if (!caps && soft(next) && softAt.length < MAX_SOFT && spaced(j + 1, j + 2) && !taken[j + 2] && namey(tokens[j + 2], caps)) {
        softAt.push(j + 1);
        run.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      if (!connector(next, caps)) break;
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && connector(tokens[k]!, caps) && spaced(k - 1, k) && !taken[k]) k++;
      const after = tokens[k];
      if (!after || taken[k] || !spaced(k - 1, k)) break;
      if (namey(after, caps)) {
        for (let m = j + 1; m <= k; m++) run.push(m);
        j = k;
        continue;
      }
      if (k === j + 2 && tokens[j + 1]!.lower === 'of' && after.numeric && YEAR.test(after.text) && INSTRUMENT_HEADS.has(cur.lower)) {
        run.push(j + 1, k);
        j = k;
      }
      break;
    }
    for (const m of run) taken[m] = 1;
    // Capitalised function words stay inside only a name that ends in a head word.
    const parts = softAt.length > 0 && !isHead(tokens[run[run.length - 1]!]!.lower) ? splitAt(run, new Set(softAt)) : [run];
    for (const part of parts) for (const piece of splitAtAnd(part, tokens)) emitName(ctx, piece, caps, connector);
    i = j;
  }
}

function splitAt(run: readonly number[], at: ReadonlySet<number>): number[][] {
  const parts: number[][] = [[]];
  for (const k of run) {
    if (at.has(k)) parts.push([]);
    else parts[parts.length - 1]!.push(k);
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * Splits a run at each "and" that joins two names ("Canada and the United Kingdom", "Selya and
 * Barron") and keeps those inside one ("Bureau of Industry and Security", "Export and Import
 * Permits Act").
 */
function splitAtAnd(run: readonly number[], tokens: readonly Token[]): number[][] {
  const lastWord = tokens[run[run.length - 1]!]!.lower;
  const parts: number[][] = [];
  let current: number[] = [];
  let sawOf = false;
  for (let n = 0; n < run.length; n++) {
    const t = tokens[run[n]!]!;
    if (t.lower === 'and' && current.length > 0) {
      const next = tokens[run[n + 1] ?? -1];
      // Inside one name after "of" ("Bureau of Industry and Security"), or joining two words of one
      // name that ends in a head word ("Export and Import Permits Act").
      const keep = next !== undefined && next.lower !== 'the' && !isHead(next.lower) && (sawOf || (isHead(lastWord) && current.length === 1));
      if (!keep) {
        parts.push(current);
        current = [];
        sawOf = false;
        continue;
      }
    }
    if (t.lower === 'of' || t.lower === 'for') sawOf = true;
    current.push(run[n]!);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

type Connector = (t: Token, caps: boolean) => boolean;

/** Cleans one run into a name and adds its mention (or none, when it is not a name). */
function emitName(ctx: RuleContext, part: number[], caps: boolean, connector: Connector): void {
  const { tokens, text } = ctx;
  const tok = (n: number) => tokens[part[n]!]!;
  let person = false;
  for (;;) {
    if (part.length === 0) return;
    const t = tok(0);
    if (connector(t, caps) || ROLE_WORDS.has(nameWord(t).toLowerCase())) part = part.slice(1);
    else if (HONORIFICS.has(t.lower) && part.length > 1 && !connector(tok(1), caps) && !isHead(tok(part.length - 1).lower)) {
      part = part.slice(1);
      person = true;
    } else break;
  }
  const trailing = (t: Token) => connector(t, caps) || (part.length > 1 && t.upper && ACRONYM_STOP.has(t.lower));
  while (part.length > 0 && trailing(tok(part.length - 1))) part = part.slice(0, -1);
  if (part.length === 0) return;
  // "U.S. Department of Commerce" is the Department of Commerce; "UK Export Control Order 2008" the Order.
  const prefix =
    part.length > 2 && PLACE_PREFIXES.has(tok(0).lower) ? 1 : part.length > 3 && tok(0).lower === 'united' && tok(1).lower === 'states' ? 2 : 0;
  if (prefix) {
    const rest = tokens[part[prefix]!]!.lower;
    const lastWord = tok(part.length - 1).lower;
    const head = YEAR.test(lastWord) ? tok(part.length - 2).lower : lastWord;
    const court = part.some((k) => COURT_HEADS.has(tokens[k]!.lower));
    if (/^(?:department|bureau|secretary)$/.test(rest) || (INSTRUMENT_HEADS.has(head) && !court)) part = part.slice(prefix);
  }
  // "Director of the Office of Science and Technology Policy": the office is the entity to suggest.
  const ofAt = part.findIndex((k, n) => n > 0 && (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for'));
  if (ofAt > 0 && OFFICE_TITLES.has(tok(0).lower)) {
    let from = ofAt + 1;
    if (from < part.length && tok(from).lower === 'the') from++;
    const complement = part.slice(from).map((k) => tokens[k]!.lower);
    if (complement.length > 1 && AGENCY_HEADS.has(complement[headIndex(complement)]!)) {
      emitName(ctx, part.slice(from), caps, connector);
      return;
    }
  }
  const ts = part.map((k) => tokens[k]!);
  // A name printed in capitals is read as one ("JANET T. MILLS"), even on a mixed line.
  if (!caps && ts.length > 1 && ts.every((t) => t.upper || (t.abbrev && t.text.length === 2) || CONNECTORS.has(t.lower))) caps = true;
  const words = ts.map((t, n) => (n > 0 && connector(t, caps) ? t.lower : caps ? titleCase(nameWord(t)) : nameWord(t)));
  if (words.length > 1 && US_FORMS.has(words[0]!.toLowerCase())) words[0] = 'United States';
  let name = words[0]!;
  for (let n = 1; n < words.length; n++) {
    const g = ctx.gap(part[n - 1]!, part[n]!);
    name += (isAmpGap(g) ? ' & ' : g.includes(',') ? ', ' : ' ') + words[n];
  }
  const key = ctx.keyOf(name);
  if (!key || STOP_PHRASES.has(key)) return;
  const start = ts[0]!.start;
  const last = ts[ts.length - 1]!;
  const end = last.end - (last.text.length - nameWord(last).length);
  const base = { sentenceStart: ts[0]!.sentenceStart, headingish: ctx.headingish(part[0]!), start, end };
  const lowerWords = words.map((w) => w.toLowerCase());
  const joined = lowerWords.join(' ');
  // "State of Oklahoma" is Oklahoma.
  const ofPlace = ts.length > 2 && STATE_OF.has(lowerWords[0]!) && lowerWords[1] === 'of' ? lowerWords.slice(2).join(' ') : undefined;
  const placeKey = (ofPlace ?? joined).replace(/\./g, '');
  const place = ts.length <= MAX_PLACE_WORDS + 2 ? PLACES.get(placeKey) : undefined;
  if (place && (!CASED_PLACE_FORMS.has(placeKey) || ts.every((t) => t.upper))) {
    ctx.mentions.push({
      ...base,
      key: ctx.keyOf(place.name),
      name: place.name,
      type: 'country',
      reason: place.state ? 'state (jurisdiction)' : 'country',
      kind: 'place',
    });
    return;
  }
  if (ts.length === 1) {
    const t = ts[0]!;
    if (NATIONALITIES.has(t.lower) || caps) return;
    if (t.upper) {
      const letters = t.text.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 6 && !ACRONYM_STOP.has(letters.toLowerCase()))
        ctx.mentions.push({ ...base, key, name, type: 'organisation', reason: 'acronym', kind: 'acronym' });
      return;
    }
    if (t.abbrev) return;
    const dotAfter = text[end] === '.';
    ctx.mentions.push({
      ...base,
      key,
      name,
      type: person ? 'person' : 'other',
      reason: person ? 'name after a title' : 'capitalised name',
      kind: 'single',
      person,
      dotAfter,
    });
    return;
  }
  if (ts.every((t) => NATIONALITIES.has(t.lower) || (t.upper && ACRONYM_STOP.has(t.lower.replace(/\./g, ''))))) return;
  const guess = guessType(lowerWords, ts, base.headingish) ?? (person ? { type: 'person' as const, reason: 'name after a title' } : undefined);
  if (caps && guess?.type !== 'court' && guess?.type !== 'agency' && guess?.reason !== OFFICE) return;
  if (base.headingish && (!guess || guess.type === 'person')) return;
  if (!guess && words.length >= MAX_UNTYPED_WORDS) return;
  if (!guess && /ing$/.test(lowerWords[0]!)) {
    // "Applying Tarrant": a verb before a name, not part of it.
    if (part.length > 1) emitName(ctx, part.slice(1), caps, connector);
    return;
  }
  ctx.mentions.push({ ...base, key, name, type: guess?.type ?? 'other', reason: guess?.reason ?? 'capitalised name', kind: 'name' });
}

const OFFICE = 'office held by a person';

/**
 * The type a multi-word name's words suggest, or undefined when they say nothing: its head (the
 * word before the first "of"/"for") first; then, unless the name sits in a heading, any word.
 */
/** Index of a name's head word: the last before the first "of"/"for", a trailing year aside. */
function headIndex(words: readonly string[]): number {
  let headEnd = words.findIndex((w, n) => n > 0 && (w === 'of' || w === 'for'));
  if (headEnd < 0) headEnd = words.length;
  return YEAR.test(words[headEnd - 1]!) && headEnd >= 2 ? headEnd - 2 : headEnd - 1;
}

function guessType(words: readonly string[], tokens: readonly Token[], heading: boolean): { type: EntityType; reason: string } | undefined {
  const head = words[headIndex(words)]!;
  if (words.join(' ') === 'white house') return { type: 'agency', reason: 'agency name' };
  const byHead = typeOfWord(head);
  if (byHead) return byHead;
  if (OFFICE_TITLES.has(words[0]!) && (words[1] === 'of' || words[1] === 'for')) return { type: 'person', reason: OFFICE };
  if (OFFICE_LAST.has(words[words.length - 1]!)) return { type: 'person', reason: OFFICE };
  if (heading) return undefined;
  for (let n = words.length - 1; n >= 0; n--) {
    const found = typeOfWord(words[n]!);
    if (found) return found;
  }
  if (tokens.some((t, n) => n > 0 && t.abbrev && t.text.length === 2)) return { type: 'person', reason: 'personal name' };
  return undefined;
}

function typeOfWord(word: string): { type: EntityType; reason: string } | undefined {
  if (COURT_HEADS.has(word)) return { type: 'court', reason: 'court name' };
  if (AGENCY_HEADS.has(word)) return { type: 'agency', reason: 'agency name' };
  if (INSTRUMENT_HEADS.has(word)) return { type: 'instrument', reason: 'instrument name' };
  if (ORGANISATION_HEADS.has(word)) return { type: 'organisation', reason: 'organisation name' };
  return undefined;
}
