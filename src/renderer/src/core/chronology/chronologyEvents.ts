/**
 * A case's chronology: the dated events its documents and clauses give. A document with a date is
 * one event (a complaint is filed, an order issued); a clause is one event per date its quote
 * writes, or none when it writes none.
 */
import { cleanQuote } from '../cleanQuote';
import type { Clause, DocumentKind, DocumentRecord } from '../types';
import { findDateMentions, parseDateExpression, type ParsedDate } from './dateMentions';
import { clauseEventTitle } from './eventTitle';

export type ChronologyKind = 'filed' | 'issued' | 'published' | 'dated' | 'effective' | 'mentioned';

export const CHRONOLOGY_KIND_LABELS: Record<ChronologyKind, string> = {
  filed: 'Filed',
  issued: 'Issued',
  published: 'Published',
  dated: 'Dated',
  effective: 'Takes effect',
  mentioned: 'Date in clause',
};

export interface ChronologyEvent {
  /** Stable across rebuilds: "document:<id>" or "clause:<id>:<iso>". */
  id: string;
  date: ParsedDate;
  title: string;
  source: 'document' | 'clause';
  documentId: string;
  clauseId?: string;
  kind: ChronologyKind;
}

export type ChronologyDocument = Pick<DocumentRecord, 'id' | 'title' | 'kind' | 'date'>;
export type ChronologyClause = Pick<Clause, 'id' | 'documentId' | 'type' | 'label' | 'target'>;

export interface Chronology {
  /** Sorted by date (sortKey), then documents before clauses, then title. */
  events: ChronologyEvent[];
  /** Documents whose date field gives no date ("undated"): not placed, only counted. */
  undatedDocuments: number;
}

const FILED: readonly DocumentKind[] = ['complaint', 'filing'];
const ISSUED: readonly DocumentKind[] = ['executive-order', 'agency-letter', 'court-order', 'regulation', 'statute', 'statement'];

/** What a document's date is the date of, by its kind. */
export function documentEventKind(kind: DocumentKind): ChronologyKind {
  if (FILED.includes(kind)) return 'filed';
  if (ISSUED.includes(kind)) return 'issued';
  return kind === 'article' ? 'published' : 'dated';
}

function clauseEvents(clause: ChronologyClause): ChronologyEvent[] {
  const text = cleanQuote(clause.target.quote.exact);
  const seen = new Set<string>();
  const out: ChronologyEvent[] = [];
  for (const mention of findDateMentions(text)) {
    const key = mention.date.sortKey;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: `clause:${clause.id}:${mention.date.iso}:${mention.date.qualifier}`,
      date: mention.date,
      title: clauseEventTitle(text, mention.start, mention.end) || clause.label,
      source: 'clause',
      documentId: clause.documentId,
      clauseId: clause.id,
      kind: clause.type === 'effective-date' ? 'effective' : 'mentioned',
    });
  }
  return out;
}

/**
 * The chronology of `documents` and `clauses`. Invariants: pure; every event's date came from a
 * document's date field or a clause's quote (nothing is inferred); an undated document or a
 * clause without a date gives no event; the order is total and stable for equal inputs.
 */
export function buildChronology(documents: readonly ChronologyDocument[], clauses: readonly ChronologyClause[]): Chronology {
  const events: ChronologyEvent[] = [];
  let undatedDocuments = 0;
  for (const doc of documents) {
    const date = parseDateExpression(doc.date);
    if (!date) {
      undatedDocuments++;
      continue;
    }
    events.push({ id: `document:${doc.id}`, date, title: doc.title, source: 'document', documentId: doc.id, kind: documentEventKind(doc.kind) });
  }
  for (const clause of clauses) events.push(...clauseEvents(clause));
  events.sort(
    (a, b) =>
      a.date.sortKey.localeCompare(b.date.sortKey) ||
      (a.source === b.source ? 0 : a.source === 'document' ? -1 : 1) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  return { events, undatedDocuments };
}
