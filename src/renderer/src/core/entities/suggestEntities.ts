/**
 * Entity suggestions for a case: which of its existing entities its documents mention, and which
 * names look like entities it does not have yet (agencies, courts, instruments, model names,
 * classes of persons, countries), each with every occurrence, the page it is on, a snippet, and
 * the clauses that cover it. Nothing is created here; the analyst decides.
 *
 * Two steps so a view can show progress and keep the page responsive: scanDocument once per
 * document (independent of the entities), then combineScans with the case's entities, clauses and
 * links (cheap, rerun after every accept). suggestEntities does both for tests and small inputs.
 *
 * Invariants: pure; linear in the total text length (plus, per occurrence, a binary search among
 * its document's clauses and the clauses around it); a candidate never has the nameKey of an existing entity's name or alias, nor of a
 * dismissed name; candidates are sorted by count (then name), known entities likewise.
 */
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../documentText';
import type { Clause, EntityType, Link } from '../types';
import { nameKey } from './entityNames';
import { AGENCY_ACRONYMS, AGENCY_HEADS, BREAK_WORDS, COMMON_SINGLE, HONORIFICS, NATIONALITIES, PLACES, ROLE_WORDS } from './entityPatterns';
import { buildKnownIndex, matchKnown, type KnownEntity, type KnownMatch } from './knownMatcher';
import { findMentions, type RawMention } from './suggestionRules';
import { tokenizeDocument, type Token } from './suggestionTokens';

export interface PageTextInput {
  documentId: string;
  pageIndex: number;
  text: string;
}

export interface DocumentScan {
  documentId: string;
  text: string;
  pageStarts: number[];
  tokens: Token[];
  mentions: RawMention[];
  /** Words printed in lowercase somewhere in the document: a capitalised one of these is a common word. */
  lowerWords: Set<string>;
}

export interface SuggestionOccurrence {
  documentId: string;
  pageIndex: number;
  /** Offsets in the document text (core/documentText.ts). */
  start: number;
  end: number;
  /** The words as printed, whitespace collapsed (what the reader's find looks for). */
  text: string;
  before: string;
  after: string;
  /** Clauses of the case whose text covers this occurrence. */
  clauseIds: string[];
}

export interface KnownEntityFound {
  entityId: string;
  name: string;
  type: EntityType;
  /** The first MAX_OCCURRENCES occurrences, in document order. */
  occurrences: SuggestionOccurrence[];
  /** All occurrences. */
  count: number;
  /** Clauses covering an occurrence. */
  clauseIds: string[];
  /** Of those, the clauses not linked to the entity yet. */
  unlinkedClauseIds: string[];
}

export interface EntityCandidate {
  /** nameKey of the name: the identity dismissals are remembered by. */
  key: string;
  name: string;
  type: EntityType;
  reason: string;
  /** Other ways the text writes it ("EO 14320", a short form defined in brackets). */
  aliases: string[];
  /** The first MAX_OCCURRENCES occurrences, in document order. */
  occurrences: SuggestionOccurrence[];
  /** All occurrences. */
  count: number;
  clauseIds: string[];
}

export interface EntitySuggestions {
  known: KnownEntityFound[];
  candidates: EntityCandidate[];
}

export interface SuggestionContext {
  entities: readonly KnownEntity[];
  clauses?: readonly Pick<Clause, 'id' | 'documentId' | 'target' | 'anchorStatus'>[];
  links?: readonly Pick<Link, 'clauseId' | 'entityId'>[];
  /** nameKeys the analyst dismissed for this case. */
  dismissed?: ReadonlySet<string>;
}

const SNIPPET = 48;
const MAX_ALIASES = 5;
/** Occurrences listed per entity (all are counted, and all their clauses gathered). */
export const MAX_OCCURRENCES = 200;

/** Tokens and mentions of one document, given its page texts in page order. */
export function scanDocument(documentId: string, pageTexts: readonly string[]): DocumentScan {
  const text = joinDocumentText(pageTexts);
  const tokenized = tokenizeDocument(pageTexts);
  const lowerWords = new Set<string>();
  for (const t of tokenized.tokens) if (!t.cap && !t.numeric && t.lower === t.text) lowerWords.add(t.text);
  return { documentId, text, pageStarts: pageStartOffsets(pageTexts), tokens: tokenized.tokens, mentions: findMentions(text, tokenized), lowerWords };
}

/** Scans and combines page texts grouped by document (pages missing in between count as empty). */
export function suggestEntities(pages: readonly PageTextInput[], context: SuggestionContext): EntitySuggestions {
  const byDoc = new Map<string, string[]>();
  for (const page of pages) {
    const list = byDoc.get(page.documentId) ?? [];
    while (list.length < page.pageIndex) list.push('');
    list[page.pageIndex] = page.text;
    byDoc.set(page.documentId, list);
  }
  return combineScans(
    [...byDoc].map(([id, texts]) => scanDocument(id, texts)),
    context,
  );
}

type Found = { scan: DocumentScan; m: RawMention };
type Spot = { scan: DocumentScan; start: number; end: number };

/** Known entities found and new candidates, from the scans of a case's documents. */
export function combineScans(scans: readonly DocumentScan[], context: SuggestionContext): EntitySuggestions {
  const coverage = clauseCoverage(context.clauses ?? []);
  // Every spot counts and its clauses are gathered; only the first MAX_OCCURRENCES get snippets.
  const describe = (spots: readonly Spot[]) => {
    const clauseIds = new Set<string>();
    for (const { scan, start, end } of spots) for (const id of covering(coverage.get(scan.documentId), start, end)) clauseIds.add(id);
    const occurrences = spots
      .slice(0, MAX_OCCURRENCES)
      .map(({ scan, start, end }) => makeOccurrence(scan, start, end, coverage.get(scan.documentId)));
    return { occurrences, count: spots.length, clauseIds: [...clauseIds] };
  };

  const index = buildKnownIndex(context.entities);
  const knownSpans = new Map<string, KnownMatch[]>();
  const knownSpots = new Map<string, Spot[]>();
  for (const scan of scans) {
    const matches = matchKnown(scan.text, scan.tokens, index);
    knownSpans.set(scan.documentId, matches);
    for (const { entityId, start, end } of matches) {
      const list = knownSpots.get(entityId) ?? [];
      list.push({ scan, start, end });
      knownSpots.set(entityId, list);
    }
  }
  const linked = new Set((context.links ?? []).map((l) => `${l.clauseId} ${l.entityId}`));
  const known: KnownEntityFound[] = [];
  for (const entity of context.entities) {
    const spots = knownSpots.get(entity.id);
    if (!spots) continue;
    const described = describe(spots);
    known.push({
      entityId: entity.id,
      name: entity.name,
      type: entity.type,
      ...described,
      unlinkedClauseIds: described.clauseIds.filter((id) => !linked.has(`${id} ${entity.id}`)),
    });
  }
  known.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  const lowerWords = new Set<string>();
  for (const scan of scans) for (const w of scan.lowerWords) lowerWords.add(w);
  // A short form defined for a name in one document ("(OSTP)") means that name in every document.
  const aliasTarget = new Map<string, string>();
  for (const scan of scans) for (const m of scan.mentions) if (m.aliasName && m.kind !== 'single') aliasTarget.set(nameKey(m.aliasName), m.key);

  const groups = new Map<string, Found[]>();
  for (const scan of scans) {
    const spans = knownSpans.get(scan.documentId)!;
    for (const m of scan.mentions) {
      const key = (m.kind === 'single' ? undefined : aliasTarget.get(m.key)) ?? m.key;
      if (insideKnown(spans, m.start, m.end)) continue;
      const list = groups.get(key) ?? [];
      list.push({ scan, m });
      groups.set(key, list);
    }
  }
  mergePlurals(groups);

  const candidates: EntityCandidate[] = [];
  for (const [key, found] of groups) {
    if (index.keys.has(key) || context.dismissed?.has(key)) continue;
    const judged = judge(key, found, lowerWords);
    if (!judged) continue;
    const described = describe(found.map(({ scan, m }) => ({ scan, start: m.start, end: m.end })));
    candidates.push({ key, ...judged, aliases: aliasesOf(key, found), ...described });
  }
  candidates.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { known, candidates };
}

/** Whether a group of mentions makes a candidate, and as what. */
function judge(
  key: string,
  found: readonly Found[],
  lowerWords: ReadonlySet<string>,
): { name: string; type: EntityType; reason: string } | undefined {
  const strongest = found.find(({ m }) => m.kind !== 'single' && m.kind !== 'acronym')?.m;
  const name = mostFrequent(found.filter(({ m }) => !strongest || m.kind === strongest.kind).map(({ m }) => m.name));
  if (strongest) {
    if (strongest.kind === 'model' && !found.some(({ m }) => m.nearModel)) return undefined;
    return { name, type: strongest.type, reason: strongest.reason };
  }
  const first = found[0]!.m;
  if (first.kind === 'acronym') return AGENCY_ACRONYMS.has(key) ? { name, type: 'agency', reason: 'agency acronym' } : undefined;
  const lower = key;
  if (lower.length < 2 || /\d/.test(lower) || lowerWords.has(lower)) return undefined;
  if (COMMON_SINGLE.has(lower) || BREAK_WORDS.has(lower) || ROLE_WORDS.has(lower) || HONORIFICS.has(lower) || NATIONALITIES.has(lower))
    return undefined;
  // A capitalised word counts only if it is also printed mid-sentence outside a heading.
  if (!found.some(({ m }) => !m.sentenceStart && !m.headingish)) return undefined;
  // "Okla.", "App.": a short word always followed by a dot is an abbreviation.
  if (lower.length <= 5 && found.every(({ m }) => m.dotAfter)) return undefined;
  if (AGENCY_HEADS.has(lower)) return { name, type: 'agency', reason: 'agency name' };
  if (found.some(({ m }) => m.person)) return { name, type: 'person', reason: 'name after a title' };
  if (found.some(({ scan, m }) => calledCompany(scan.text, m.start, m.end)))
    return { name, type: 'organisation', reason: 'called a company or developer in the text' };
  return { name, type: 'other', reason: 'capitalised name' };
}

const ORG_BEFORE = /\b(?:company|developer|corporation|firm|startup|business|maker|creator|employer|lab)\s+$/i;
const ORG_AFTER =
  /^\s*,\s*(?:a|an|the)\s+(?:[\p{L}.-]+\s+){0,3}(?:company|developer|corporation|firm|startup|business|maker|organi[sz]ation|lab|laboratory)\b/iu;

/** Whether the text calls the name at start..end a company ("the AI developer Anthropic", "Legion, a US ... company"). */
function calledCompany(text: string, start: number, end: number): boolean {
  return ORG_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || (text[end] === ',' && ORG_AFTER.test(text.slice(end, end + 80)));
}

/** "Export Administration Regulation" and "... Regulations" are one candidate. */
function mergePlurals(groups: Map<string, Found[]>): void {
  const byStem = new Map<string, string>();
  for (const [key, found] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    if (!key.endsWith('s') || found[0]!.m.kind !== 'name') {
      if (found[0]!.m.kind === 'name') byStem.set(key, key);
      continue;
    }
    const stem = key.slice(0, -1);
    const into = byStem.get(stem) ?? (groups.get(stem)?.[0]?.m.kind === 'name' ? stem : undefined);
    if (into && into !== key) {
      groups.get(into)!.push(...found);
      groups.delete(key);
    } else byStem.set(stem, key);
  }
}

function aliasesOf(key: string, found: readonly Found[]): string[] {
  const out = new Map<string, string>();
  const add = (name: string) => {
    const k = nameKey(name);
    if (k && k !== key && !out.has(k)) out.set(k, name);
  };
  for (const { scan, m } of found) {
    if (out.size >= MAX_ALIASES) break;
    if (m.aliasName) add(m.aliasName);
    const text = printed(scan.text.slice(m.start, m.end));
    // A place's other names are its short forms ("US"), not "State of Texas".
    if (m.kind === 'place' ? PLACES.has(text.toLowerCase().replace(/\./g, '')) : m.kind === 'instrument' || m.kind === 'name') add(text);
  }
  return [...out.values()].slice(0, MAX_ALIASES);
}

function insideKnown(spans: readonly KnownMatch[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && spans[at]!.end >= end;
}

type Span = { id: string; start: number; end: number };
/** A document's clause spans sorted by start, and the furthest end among each prefix of them. */
type Coverage = { spans: Span[]; maxEnd: number[] };

function clauseCoverage(clauses: NonNullable<SuggestionContext['clauses']>): Map<string, Coverage> {
  const byDoc = new Map<string, Span[]>();
  for (const c of clauses) {
    const { start, end } = c.target.position;
    // An area clause has no text, and an orphaned one's offsets say nothing.
    if (c.target.area || c.anchorStatus === 'orphaned' || end <= start) continue;
    const list = byDoc.get(c.documentId) ?? [];
    list.push({ id: c.id, start, end });
    byDoc.set(c.documentId, list);
  }
  const out = new Map<string, Coverage>();
  for (const [documentId, spans] of byDoc) {
    spans.sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    spans.forEach((span, i) => maxEnd.push(Math.max(span.end, i > 0 ? maxEnd[i - 1]! : -1)));
    out.set(documentId, { spans, maxEnd });
  }
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');
/** The words as a reader sees them: "Okla-" + line break + "homa" is "Oklahoma". */
const printed = (s: string) => collapse(s.replace(/(\p{L})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2'));

/**
 * Ids of the clauses whose text covers start..end, by start. A binary search finds the last clause
 * starting at or before `start`; the walk back from it stops where no earlier clause reaches `end`
 * (maxEnd), so an occurrence costs a logarithm plus the clauses around it, not every clause.
 */
function covering(coverage: Coverage | undefined, start: number, end: number): string[] {
  if (!coverage) return [];
  const { spans, maxEnd } = coverage;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let i = lo - 1; i >= 0 && maxEnd[i]! >= end; i--) if (spans[i]!.end >= end) ids.push(spans[i]!.id);
  return ids.reverse();
}

function makeOccurrence(scan: DocumentScan, start: number, end: number, clauses: Coverage | undefined): SuggestionOccurrence {
  const pageIndex = pageIndexAtOffset(scan.pageStarts, start);
  const pageStart = scan.pageStarts[pageIndex] ?? 0;
  const pageEnd = (scan.pageStarts[pageIndex + 1] ?? scan.text.length + 1) - 1;
  return {
    documentId: scan.documentId,
    pageIndex,
    start,
    end,
    text: printed(scan.text.slice(start, end)),
    before: collapse(scan.text.slice(Math.max(pageStart, start - SNIPPET), start)).trimStart(),
    after: collapse(scan.text.slice(end, Math.min(pageEnd, end + SNIPPET))).trimEnd(),
    clauseIds: covering(clauses, start, end),
  };
}

function mostFrequent(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [n, c] of counts) if (c > (counts.get(best) ?? 0)) best = n;
  return best;
}
