/**
 * The case's chronology: the dates its documents carry (a complaint filed, an order issued) and
 * the dates its clauses write, on a timeline and in a table. Each event opens where its date was
 * read: the document, or the clause's highlight. Dates are shown with their doubt ("before
 * 2026-06-23"), never as more precise than the source gives them.
 */
import { useMemo } from 'react';
import { buildChronology, type ChronologyEvent } from '../../core/chronology/chronologyEvents';
import type { Clause } from '../../core/types';
import { useChronologyData } from './chronologyData';
import { ChronologyTable, type ChronologyRow } from './ChronologyTable';
import { ChronologyTimeline } from './ChronologyTimeline';
import type { EntitiesContext } from './entitiesContext';
import './chronology.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ChronologyTab({ context }: { context: EntitiesContext }) {
  const data = useChronologyData(context.caseId);
  const built = useMemo(() => {
    if (!data) return undefined;
    const { events, undatedDocuments } = buildChronology(data.documents, data.clauses);
    const titles = new Map(data.documents.map((d) => [d.id, d.title]));
    const clauses = new Map<string, Clause>(data.clauses.map((c) => [c.id, c]));
    const rows: ChronologyRow[] = events.map((event) => {
      const title = titles.get(event.documentId) ?? 'Unknown document';
      const clause = event.clauseId ? clauses.get(event.clauseId) : undefined;
      return { event, source: clause ? `${clause.label || 'Clause'}, ${title}` : title };
    });
    return { events, rows, clauses, undatedDocuments };
  }, [data]);

  if (!built) return <p className="loading">Loading the chronology…</p>;
  const open = (event: ChronologyEvent) => {
    const clause = event.clauseId ? built.clauses.get(event.clauseId) : undefined;
    if (clause) context.openClause(clause);
    else context.openDocument(event.documentId);
  };
  const undated = built.undatedDocuments ? ` ${plural(built.undatedDocuments, 'undated document is', 'undated documents are')} not placed.` : '';
  if (built.events.length === 0) {
    return (
      <p className="empty">
        No dated events in {context.caseName} yet. Give documents a date (Edit details), or mark clauses that write a date, such as “took effect on 13
        January 2025”.{undated}
      </p>
    );
  }
  const fromDocuments = built.events.filter((e) => e.source === 'document').length;
  return (
    <div className="chronology-tab">
      <p role="status" className="chronology-count">
        {plural(built.events.length, 'event', 'events')}: {fromDocuments} from document dates, {built.events.length - fromDocuments} from dates in
        clauses.
        {undated}
      </p>
      <ChronologyTimeline events={built.events} onOpen={open} />
      <ChronologyTable rows={built.rows} onOpen={open} />
    </div>
  );
}
