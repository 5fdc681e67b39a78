/**
 * One entity's page: who or what it is, how many clauses link to it in each role, those clauses
 * by role and document (a click opens the reader on the highlight), a form to link another, and
 * the documents that name it with no linked clause yet.
 */
import { useMemo } from 'react';
import { entityTypeLabel, linkRoleLabel } from '../../core/entities/entityKinds';
import type { Entity } from '../../core/types';
import { db } from '../../db/database';
import { linksOfEntity } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';
import { useUndo } from '../../ui/undo';
import { clauseExportItems, describeLink, removeLinksUndoably } from '../clauses';
import type { EntitiesContext } from './entitiesContext';
import { LinkClauseForm } from './LinkClauseForm';
import { listPickerClauses } from './linkPickerClauses';
import { LinkedClauses } from './LinkedClauses';
import { groupLinks } from './linkGroups';
import { UnlinkedMentions } from './UnlinkedMentions';
import { useUnlinkedMentions } from './useMentions';

interface EntityPageProps {
  entity: Entity;
  context: EntitiesContext;
  /** The case's name, shown in "All cases" (where entities of every case are listed). */
  caseName?: string;
  onBack(): void;
  onEdit(entity: Entity): void;
  onMerge(entity: Entity): void;
  onDelete(entity: Entity): void;
}

export function EntityPage({ entity, context, caseName, onBack, onEdit, onMerge, onDelete }: EntityPageProps) {
  const undo = useUndo();
  const links = useLiveQuery(() => linksOfEntity(db(), entity.id), [entity.id]);
  // The linked clauses with their clean quotes and citations (the exports' own gathering), and
  // only those: re-read when the set of linked clauses changes, not on every write to the case.
  const linkedIds = useMemo(() => [...new Set((links ?? []).map((l) => l.clauseId))].sort(), [links]);
  const linkedKey = links ? linkedIds.join(' ') : undefined;
  const items = useLiveQuery(
    async () => (linkedKey === undefined ? undefined : clauseExportItems(entity.caseId, undefined, linkedIds)),
    // linkedIds by value (linkedKey): a new array after an unrelated link write must not re-read.
    [entity.caseId, linkedKey],
  );
  // The link form's list: every clause of the case, without reading page texts.
  const pickable = useLiveQuery(() => listPickerClauses(entity.caseId), [entity.caseId]);
  const groups = useMemo(() => groupLinks(links ?? [], items ?? []), [links, items]);
  const linkedDocs = useMemo(() => new Set(groups.flatMap((g) => g.documents.map((d) => d.documentId))), [groups]);
  const mentions = useUnlinkedMentions(items ? entity : undefined, linkedDocs);
  const total = groups.reduce((n, g) => n + g.count, 0);

  const removeLink = (linkId: string, clauseName: string, role: Parameters<typeof linkRoleLabel>[0]) =>
    void removeLinksUndoably([linkId], `Removed the link of ${clauseName} to ${describeLink(entity.name, role)}.`, undo).catch((e: unknown) =>
      undo.notify(`The link was not removed: ${e instanceof Error ? e.message : String(e)}`),
    );

  return (
    <article className="entity-page" aria-labelledby="entity-page-title">
      <div className="entity-page-bar">
        <button type="button" onClick={onBack}>
          <span aria-hidden="true">← </span>Back to entities
        </button>
        <span className="entity-page-actions">
          <button type="button" onClick={() => onEdit(entity)}>
            Edit
          </button>
          <button type="button" onClick={() => onMerge(entity)}>
            Merge…
          </button>
          <button type="button" onClick={() => onDelete(entity)}>
            Delete
          </button>
        </span>
      </div>
      <header className="entity-page-head">
        <h2 id="entity-page-title">{entity.name}</h2>
        <span className="badge">{entityTypeLabel(entity.type)}</span>
        {caseName && <span className="hint">{caseName}</span>}
      </header>
      {entity.aliases.length > 0 && <p className="entity-aliases">Also known as: {entity.aliases.join('; ')}</p>}
      {entity.description && <p className="entity-description">{entity.description}</p>}
      {entity.externalId && (
        <p className="entity-external-id">
          External identifier: <code>{entity.externalId}</code>
        </p>
      )}
      <section aria-labelledby="entity-linked-title" className="entity-linked">
        <h3 id="entity-linked-title">Linked clauses</h3>
        {links === undefined || items === undefined ? (
          <p className="hint">Loading the links…</p>
        ) : total === 0 ? (
          <p className="hint">No clause is linked to “{entity.name}” yet. Link one below, or from a clause’s dialog in the reader.</p>
        ) : (
          <>
            <ul aria-label="Links by role" className="entity-role-counts">
              {groups.map((g) => (
                <li key={g.role}>
                  {g.label}: <strong>{g.count}</strong>
                </li>
              ))}
            </ul>
            <LinkedClauses groups={groups} onOpen={context.openClause} onRemove={removeLink} />
          </>
        )}
      </section>
      {pickable && <LinkClauseForm entity={entity} clauses={pickable} links={links ?? []} profile={context.profile} />}
      <UnlinkedMentions mentions={items ? mentions : undefined} onOpen={context.openDocument} />
    </article>
  );
}
