/**
 * The "Suggestions" tab: the case's documents read for names (core/entities/suggestEntities.ts),
 * shown as the known entities they mention and the new ones they suggest. Nothing is created
 * without the analyst's say-so: "Accept" opens a dialog, and links to the clauses covering the
 * occurrences are proposed, ticked, in a second one. Dismissed names stay hidden for the case.
 */
import { useMemo, useState } from 'react';
import type { EntityCandidate, KnownEntityFound, SuggestionOccurrence } from '../../core/entities/suggestEntities';
import { cleanQuote } from '../../core/cleanQuote';
import type { Entity, LinkRole } from '../../core/types';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import { listEntities, listLinks } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';
import { ProgressBar } from '../../ui/ProgressBar';
import { useUndo } from '../../ui/undo';
import type { EntitiesContext } from './entitiesContext';
import { SuggestionCandidatesTable } from './SuggestionCandidatesTable';
import { SuggestionAcceptDialog } from './SuggestionAcceptDialog';
import { acceptAsAliases, acceptAsEntity, linkClauses, type AcceptedForm } from './suggestionActions';
import { dismissSuggestion, restoreSuggestion, useDismissedList } from './suggestionDismissals';
import { SuggestionKnownTable } from './SuggestionKnownTable';
import { SuggestionLinkDialog, type LinkProposal } from './SuggestionLinkDialog';
import { useSuggestions } from './suggestionData';
import './suggestions.css';

export function SuggestionsTab({ context }: { context: EntitiesContext }) {
  if (!context.caseId)
    return <p className="empty">Choose a case to see the names its documents suggest: suggestions are made for one case at a time.</p>;
  return <CaseSuggestions context={context} caseId={context.caseId} />;
}

function CaseSuggestions({ context, caseId }: { context: EntitiesContext; caseId: string }) {
  const undo = useUndo();
  const { suggestions, progress, documents, error } = useSuggestions(caseId);
  const entities = useLiveQuery(() => listEntities(db(), caseId), [caseId]) ?? [];
  const clauses = useLiveQuery(() => listClauses(db(), caseId), [caseId]) ?? [];
  const dismissedList = useDismissedList(caseId) ?? [];
  const [accepting, setAccepting] = useState<EntityCandidate | null>(null);
  const [linking, setLinking] = useState<{ entity: Entity; proposal: LinkProposal } | null>(null);
  const [failure, setFailure] = useState('');
  const clauseById = useMemo(() => new Map(clauses.map((c) => [c.id, c])), [clauses]);

  const proposalFor = (entity: Entity, clauseIds: readonly string[]): LinkProposal => ({
    entityName: entity.name,
    clauses: clauseIds.flatMap((id) => {
      const c = clauseById.get(id);
      return c ? [{ id, label: c.label, documentTitle: documents.get(c.documentId)?.title ?? '', quote: cleanQuote(c.target.quote.exact) }] : [];
    }),
  });

  const accept = async (form: AcceptedForm, existing: Entity | undefined) => {
    const candidate = accepting;
    if (!candidate) return;
    const entity = existing ? await acceptAsAliases(existing, form, undo) : await acceptAsEntity(caseId, form, context.profile, undo);
    setAccepting(null);
    // Clauses already linked to an existing entity are not proposed again.
    const links = existing ? await listLinks(db(), caseId) : [];
    const linked = new Set(links.filter((l) => l.entityId === entity.id).map((l) => l.clauseId));
    const proposal = proposalFor(
      entity,
      candidate.clauseIds.filter((id) => !linked.has(id)),
    );
    if (proposal.clauses.length > 0) setLinking({ entity, proposal });
  };

  const proposeFor = async (found: KnownEntityFound) => {
    const entity = entities.find((e) => e.id === found.entityId);
    if (entity) setLinking({ entity, proposal: proposalFor(entity, found.unlinkedClauseIds) });
  };

  const link = async (clauseIds: string[], role: LinkRole) => {
    if (!linking) return;
    await linkClauses(linking.entity, clauseIds, role, context.profile, undo);
    setLinking(null);
  };

  const run = (action: () => Promise<void>) => {
    setFailure('');
    action().catch((e: unknown) => setFailure(`Not done: ${e instanceof Error ? e.message : String(e)}`));
  };
  const openAt = (o: SuggestionOccurrence) => context.openDocument(o.documentId, o.pageIndex + 1, o.text);

  const scanning = !suggestions && !error;
  return (
    <div className="suggestions-tab">
      <p className="hint suggestion-intro">
        Names found in the documents of {context.caseName}. Nothing becomes an entity until you accept it; dismissed names stay hidden in this case.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {scanning && (
        <ProgressBar
          label="Finding suggestions"
          value={progress.done}
          max={Math.max(progress.total, 1)}
          text={progress.total ? `Reading document ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…` : 'Reading the documents…'}
        />
      )}
      {suggestions && (
        <>
          <SuggestionKnownTable
            known={suggestions.known}
            documents={documents}
            onOpenEntity={context.openEntity}
            onProposeLinks={(k) => run(() => proposeFor(k))}
            onOpen={(_, o) => openAt(o)}
          />
          <SuggestionCandidatesTable
            candidates={suggestions.candidates}
            documents={documents}
            onAccept={setAccepting}
            onDismiss={(c) => run(() => dismissSuggestion(caseId, { key: c.key, name: c.name }, undo))}
            onOpen={(_, o) => openAt(o)}
          />
        </>
      )}
      {dismissedList.length > 0 && (
        <details className="suggestion-dismissed">
          <summary>Dismissed suggestions ({dismissedList.length})</summary>
          <ul aria-label="Dismissed suggestions">
            {dismissedList.map((d) => (
              <li key={d.key}>
                {d.name}{' '}
                <button type="button" aria-label={`Show ${d.name} again`} onClick={() => run(() => restoreSuggestion(caseId, d, undo))}>
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <SuggestionAcceptDialog candidate={accepting} entities={entities} onCancel={() => setAccepting(null)} onAccept={accept} />
      <SuggestionLinkDialog proposal={linking?.proposal ?? null} onCancel={() => setLinking(null)} onLink={link} />
    </div>
  );
}
