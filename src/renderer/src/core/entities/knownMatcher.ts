/**
 * Finds the case's existing entities in a document's tokens: each name or alias, compared word by
 * word by nameKey (so "U.S. Department of Commerce" matches "US Department of Commerce", and
 * "Legion's" matches "Legion"), as whole words, across line breaks and brackets
 * ("Regulation (EU) 2021/821", "Executive Order [number not reported]"). A name printed with
 * capitals must be printed with one (the entity "Order" is not every "order"); a class of persons
 * matches singular and plural. A name that comes down to a generic head ("Executive Order [number
 * not reported]" without its note, the alias "the Order") matches nothing: it would name every
 * order, numbered ones included.
 * The entity page's "mentioned in" list uses this matcher too (mentions.ts): one definition of
 * "names this entity".
 *
 * Invariants: matches never overlap (the longest name wins at a position, then the scan moves
 * past it); work is linear in the number of tokens times the few names sharing a first word.
 */
import type { Entity } from '../types';
import { nameKey, namesOf } from './entityNames';
import type { Token } from './suggestionTokens';

export type KnownEntity = Pick<Entity, 'id' | 'name' | 'aliases' | 'type'>;

interface KnownName {
  entityId: string;
  words: string[];
  cased: boolean;
}

export interface KnownMatch {
  entityId: string;
  start: number;
  end: number;
}

export interface KnownIndex {
  byFirstWord: Map<string, KnownName[]>;
  /** nameKey of every name and alias (and a class's other number), for dropping candidates. */
  keys: Set<string>;
}

/**
 * Name keys that say what kind of thing something is, not which one. A name or alias that is
 * one of these once shortened (a bracketed note dropped, a leading "the" dropped) would be found
 * at every "Order" of every document, "Executive Order 14320" and the UK "Export Control Order
 * 2008" included, so such a form of a name is never looked for.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'executive order',
  'executive orders',
  'order',
  'orders',
  'secretary',
  'department',
  'court',
  'act',
  'regulation',
  'regulations',
  'rule',
  'letter',
  'agency',
]);

const SIMPLE = /^[a-z0-9]+$/;
const MAX_GAP = 6;

/** The comparison words of a token (nameKey, fast for plain ASCII words). */
export function tokenWords(token: Token): string[] {
  if (SIMPLE.test(token.lower)) return [token.lower];
  const key = nameKey(token.text);
  return key ? key.split(' ') : [];
}

function otherNumber(words: readonly string[]): string[] | undefined {
  const last = words[words.length - 1]!;
  if (last.length < 3) return undefined;
  const other = last.endsWith('s') ? last.slice(0, -1) : `${last}s`;
  return [...words.slice(0, -1), other];
}

/**
 * The word lists a name is found by: its nameKey; without an editorial note in brackets
 * ("... Columbia [assumed]"); with "US" for "United States" at its start and the reverse; for a
 * class of persons, also with its last word in the other number. A one-letter name would be found
 * everywhere and says nothing, so it has none; nor has a generic head (GENERIC_HEADS).
 */
function nameVariants(name: string, classOfPersons: boolean): string[][] {
  const keys = new Set([nameKey(name), nameKey(name.replace(/\[[^\]]*\]/g, ' '))]);
  for (const key of [...keys]) {
    if (key.startsWith('us ')) keys.add(`united states ${key.slice(3)}`);
    if (key.startsWith('united states ')) keys.add(`us ${key.slice(14)}`);
  }
  const out: string[][] = [];
  for (const key of keys) {
    if (key.replace(/ /g, '').length < 2 || GENERIC_HEADS.has(key)) continue;
    const words = key.split(' ');
    out.push(words);
    const other = classOfPersons ? otherNumber(words) : undefined;
    if (other) out.push(other);
  }
  return out;
}

export function buildKnownIndex(entities: readonly KnownEntity[]): KnownIndex {
  const byFirstWord = new Map<string, KnownName[]>();
  const keys = new Set<string>();
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      for (const words of nameVariants(name, entity.type === 'class-of-persons')) {
        if (words.length === 0) continue;
        keys.add(words.join(' '));
        const list = byFirstWord.get(words[0]!) ?? [];
        list.push({ entityId: entity.id, words, cased: entity.type !== 'class-of-persons' && /\p{Lu}/u.test(name) });
        byFirstWord.set(words[0]!, list);
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, keys };
}

function joinable(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') newlines++;
    else if (!' \t\r\u00a0()[]-–/&'.includes(ch)) return false;
  }
  return newlines <= 1 && to > from;
}

/** A match that opened a bracket ("... [number not reported") ends after the bracket's close. */
function withClosingBracket(text: string, start: number, end: number): number {
  const close = text[end];
  if (close !== ']' && close !== ')') return end;
  const open = close === ']' ? '[' : '(';
  let depth = 0;
  for (let i = start; i < end; i++) depth += text[i] === open ? 1 : text[i] === close ? -1 : 0;
  return depth > 0 ? end + 1 : end;
}

/** Every match of the index's names in one document's tokens, in text order. */
export function matchKnown(text: string, tokens: readonly Token[], index: KnownIndex): KnownMatch[] {
  if (index.byFirstWord.size === 0) return [];
  // Flat list of comparison words, each knowing its token (one token may give several words).
  const words: string[] = [];
  const tokenOf: number[] = [];
  const cache = new Map<string, string[]>();
  tokens.forEach((t, i) => {
    let list = cache.get(t.text);
    if (!list) cache.set(t.text, (list = tokenWords(t)));
    for (const w of list) {
      words.push(w);
      tokenOf.push(i);
    }
  });
  const out: KnownMatch[] = [];
  let p = 0;
  while (p < words.length) {
    const names = index.byFirstWord.get(words[p]!);
    const firstToken = tokenOf[p]!;
    let matched = 0;
    if (names && (p === 0 || tokenOf[p - 1] !== firstToken)) {
      for (const name of names) {
        const n = name.words.length;
        if (p + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          if (words[p + k] !== name.words[k]) ok = false;
          else if (tokenOf[p + k] !== tokenOf[p + k - 1] && !joinable(text, tokens[tokenOf[p + k - 1]!]!.end, tokens[tokenOf[p + k]!]!.start))
            ok = false;
        }
        const lastToken = tokenOf[p + n - 1]!;
        // The name must end where a token ends ("gpt" does not match the start of "GPT-4").
        if (!ok || (p + n < words.length && tokenOf[p + n] === lastToken)) continue;
        const start = tokens[firstToken]!.start;
        const end = withClosingBracket(text, start, tokens[lastToken]!.end);
        if (name.cased && !/\p{Lu}/u.test(text.slice(start, end))) continue;
        out.push({ entityId: name.entityId, start, end });
        matched = n;
        break;
      }
    }
    p += matched || 1;
  }
  return out;
}
