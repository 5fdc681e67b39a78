/**
 * The clause-list figure (see ../benchEntry.ts): the reader's real ClausesPanel, mounted through
 * React with thousands of synthetic clause rows, timed from render to the first rows painted, then
 * a text filter and a type filter applied as a user does (an input event on the filter box, a
 * change event on the type select), each timed to its result painted.
 *
 * The panel's virtualiser needs its real layout, so clauseListPrepare links the app's stylesheets
 * into the page (the bench runs this figure in a page of its own). They come in as `?url` assets,
 * not as CSS imports: importing them here would make them modules this chunk shares with the app,
 * and the bundler would then split the app's own CSS differently (and change its order).
 */
import { createRoot } from 'react-dom/client';
import { describeRange } from '../core/anchoring';
import { BUILT_IN_CLAUSE_TYPES } from '../core/clauseTypes';
import { citeClause } from '../core/citation';
import { cleanQuote } from '../core/cleanQuote';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../core/documentText';
import type { AnchorStatus, Clause } from '../core/types';
import { ClausesPanel } from '../features/clauses/ClausesPanel';
import { filterClauseRows, NO_FILTER, type ClauseFilter, type ClauseRow } from '../features/clauses/clauseFilter';
import clausesCss from '../features/clauses/clauses.css?url';
import stylesCss from '../styles.css?url';
import { generatePages, pickPassages, seededRandom } from './anchorBenchData';
import { nextFramePainted, withTimeout } from './viewerHarness';

const SEED = 20260101;
/** The filters applied, in this order: a word of the clauses' text, then a type on top of it. */
const TEXT_FILTER = 'licence';
const TYPE_FILTER = 'obligation';
const TAGS = ['review', 'key', 'contested', 'deadline', 'follow-up', 'definition-check'];
const COMMENTS = ['Compare with the final rule.', 'Check the cross-reference.', 'Quoted in the brief.', 'Narrower than the 2024 text.'];
/** How long the list is left to settle (the virtualiser measures its rows) before the rows are counted again. */
const SETTLE_MS = 300;

interface Prepared {
  rows: ClauseRow[];
  types: { id: string; label: string }[];
  expected: { text: number; textAndType: number };
}

let prepared: Prepared | undefined;

/**
 * `count` clause rows as useClauseWork builds them (record, cleaned quote, citation, type label),
 * on a generated legal text, in reading order; deterministic. Types, labels, tags, comments and
 * anchor statuses are spread as an analyst's would be.
 */
function makeRows(count: number): ClauseRow[] {
  const pages = generatePages(Math.max(10, Math.ceil(count / 30)), SEED);
  const text = joinDocumentText(pages);
  const starts = pageStartOffsets(pages);
  const r = seededRandom(SEED + 1);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const at = '2026-01-01T00:00:00.000Z';
  const document = { kind: 'regulation' as const, citation: '15 CFR Part 744', title: 'Bench regulation' };
  return pickPassages(text, count, SEED + 2)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((range, i): ClauseRow => {
      const type = pick(BUILT_IN_CLAUSE_TYPES);
      const pageIndex = pageIndexAtOffset(starts, range.start);
      const label = r() < 0.5 ? `Sec. ${744 + Math.floor(range.start / 2500)}(${'abcdefgh'[i % 8]})` : '';
      const roll = r();
      const anchorStatus: AnchorStatus = roll < 0.9 ? 'anchored' : roll < 0.96 ? 'fuzzy' : 'orphaned';
      const clause: Clause = {
        id: `bench-clause-${String(i).padStart(5, '0')}`,
        caseId: 'bench-case',
        documentId: 'bench-document',
        target: { ...describeRange(text, range.start, range.end), pageIndex, rects: [] },
        type: type.id,
        label,
        comment: r() < 0.2 ? pick(COMMENTS) : '',
        tags: r() < 0.3 ? [pick(TAGS)] : [],
        colour: type.colour,
        anchorStatus,
        createdBy: 'bench',
        createdAt: at,
        updatedAt: at,
      };
      return {
        clause,
        quote: cleanQuote(text.slice(range.start, range.end)),
        citation: citeClause({ document, label, printedPage: String(pageIndex + 1), pageIndex }),
        typeLabel: type.label,
      };
    });
}

export interface ClauseListInput {
  clauses: number;
  types: number;
  textFilter: string;
  typeFilter: string;
  expected: { text: number; textAndType: number };
  buildMs: number;
}

function linkStylesheet(href: string): Promise<void> {
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === new URL(href, document.baseURI).href)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load the stylesheet ${href}`));
    document.head.append(link);
  });
}

/**
 * Untimed: links the app's stylesheets (styles.css, then the panel's clauses.css, as the app
 * orders them), builds the rows and what each filter must leave; kept in the page for clauseListRun.
 */
export async function clauseListPrepare(count: number): Promise<ClauseListInput> {
  await linkStylesheet(stylesCss);
  await linkStylesheet(clausesCss);
  const t0 = performance.now();
  const rows = makeRows(count);
  // The type options as useClauseWork derives them: the types present, in order of first use.
  const types = [...new Map(rows.map((r) => [r.clause.type, r.typeLabel])).entries()].map(([id, label]) => ({ id, label }));
  const textOnly: ClauseFilter = { ...NO_FILTER, text: TEXT_FILTER };
  const expected = { text: filterClauseRows(rows, textOnly).length, textAndType: filterClauseRows(rows, { ...textOnly, type: TYPE_FILTER }).length };
  prepared = { rows, types, expected };
  return { clauses: rows.length, types: types.length, textFilter: TEXT_FILTER, typeFilter: TYPE_FILTER, expected, buildMs: performance.now() - t0 };
}

/** Resolves (with the time) once `test()` holds, checking after each DOM change under `root`. */
function when(root: Node, test: () => boolean, what: string): Promise<number> {
  if (test()) return Promise.resolve(performance.now());
  let observer: MutationObserver | undefined;
  return withTimeout(
    new Promise<number>((resolve) => {
      observer = new MutationObserver(() => {
        if (test()) resolve(performance.now());
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }),
    what,
    10_000,
  ).finally(() => observer?.disconnect());
}

/** Sets a form control's value as typing or choosing does, so React's onChange sees it. */
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change'): void {
  const proto = control instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, value);
  control.dispatchEvent(new Event(event, { bubbles: true }));
}

export interface ClauseListRun {
  /** render() called to the first clause rows painted. */
  ms: number;
  /** ...to the first rows in the DOM (React's commit). */
  shownMs: number;
  /** Filter set to its result painted; and to the count showing it. */
  textFilterMs: number;
  textFilterShownMs: number;
  typeFilterMs: number;
  typeFilterShownMs: number;
  /** <li> in the list: at first paint, after settling, after each filter. */
  domRows: number;
  domRowsSettled: number;
  domRowsText: number;
  domRowsType: number;
  /** What the panel's count says it lists: unfiltered, after the text filter, after both. */
  listed: number;
  listedText: number;
  listedTextAndType: number;
}

/**
 * One run: mounts the ClausesPanel with the prepared rows in a fresh React root (sized as in the
 * reader: the panel's full height), times it to the first rows painted, lets it settle, applies
 * the text filter and then the type filter, each timed to its result painted; unmounts.
 */
export async function clauseListRun(): Promise<ClauseListRun> {
  const input = prepared;
  if (!input) throw new Error('clauseListRun: call clauseListPrepare first');
  const host = document.createElement('div');
  Object.assign(host.style, { position: 'fixed', top: '0', right: '0', bottom: '0', display: 'flex', zIndex: '1' });
  document.body.append(host);
  const root = createRoot(host);
  const noop = () => {};
  const items = () => host.querySelectorAll('ul[aria-label="Clauses"] li').length;
  const count = () => host.querySelector('.clauses-filters .count')?.textContent ?? '';
  const listedIn = (text: string) => Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
  const total = input.rows.length;
  const countText = (n: number) => (n === total ? `${total} clauses` : `${n} of ${total}`);
  try {
    const t0 = performance.now();
    const shown = when(host, () => host.querySelector('li.clause-item') !== null, 'the first clause row');
    root.render(
      <ClausesPanel
        rows={input.rows}
        types={input.types}
        selectedId={null}
        onGoTo={noop}
        onEdit={noop}
        onDelete={noop}
        onCopy={noop}
        onImport={noop}
        onExport={noop}
        onSuggest={noop}
        pdfMarkups={0}
        onReviewPdfMarkups={noop}
        importProblems={[]}
      />,
    );
    const shownAt = await shown;
    const paintedAt = await nextFramePainted();
    const domRows = items();
    const listed = listedIn(count());
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const domRowsSettled = items();

    const filter = async (apply: () => void, expected: number) => {
      const start = performance.now();
      apply();
      const shownAt = await when(host, () => count() === countText(expected), `the list filtered to ${expected}`);
      const paintedAt = await nextFramePainted();
      return { ms: paintedAt - start, shownMs: shownAt - start, listed: listedIn(count()), domRows: items() };
    };
    const search = host.querySelector<HTMLInputElement>('input[aria-label="Filter clauses"]');
    const typeSelect = host.querySelector<HTMLSelectElement>('select[aria-label="Filter by type"]');
    if (!search || !typeSelect) throw new Error('the Clauses panel has no text or type filter');
    const text = await filter(() => setValue(search, TEXT_FILTER, 'input'), input.expected.text);
    const type = await filter(() => setValue(typeSelect, TYPE_FILTER, 'change'), input.expected.textAndType);
    return {
      ms: paintedAt - t0,
      shownMs: shownAt - t0,
      textFilterMs: text.ms,
      textFilterShownMs: text.shownMs,
      typeFilterMs: type.ms,
      typeFilterShownMs: type.shownMs,
      domRows,
      domRowsSettled,
      domRowsText: text.domRows,
      domRowsType: type.domRows,
      listed,
      listedText: text.listed,
      listedTextAndType: type.listed,
    };
  } finally {
    root.unmount();
    host.remove();
  }
}

/** Drops the rows clauseListPrepare kept. */
export function clauseListRelease(): void {
  prepared = undefined;
}
