/**
 * The "List" tab: the "Entities" table, or one entity's page when `entityId` is set, with the
 * dialogs both use. In "All cases" it lists every case's entities, each with its case's name.
 */
import { useMemo } from 'react';
import type { Entity } from '../../core/types';
import { listCases } from '../../db/casesRepo';
import { db } from '../../db/database';
import { listEntities, listLinks } from '../../db/entitiesRepo';
import { useLiveQuery } from '../../db/live';
import { EntitiesTable } from './EntitiesTable';
import type { EntitiesContext } from './entitiesContext';
import type { EntityRow } from './entityColumns';
import { EntityPage } from './EntityPage';
import { useEntityDialogs } from './useEntityDialogs';

interface EntityListTabProps {
  context: EntitiesContext;
  entityId: string | null;
  onCloseEntity(): void;
}

export function EntityListTab({ context, entityId, onCloseEntity }: EntityListTabProps) {
  const { caseId } = context;
  const entities = useLiveQuery(() => listEntities(db(), caseId), [caseId]);
  const links = useLiveQuery(() => listLinks(db(), caseId), [caseId]);
  const cases = useLiveQuery(() => listCases(db()), []);
  const linkCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const l of links ?? []) counts.set(l.entityId, (counts.get(l.entityId) ?? 0) + 1);
    return counts;
  }, [links]);
  const caseNames = useMemo(() => new Map((cases ?? []).map((c) => [c.id, c.name])), [cases]);
  const rows: EntityRow[] = useMemo(
    () => (entities ?? []).map((entity) => ({ entity, links: linkCounts.get(entity.id) ?? 0, caseName: caseNames.get(entity.caseId) ?? '' })),
    [entities, linkCounts, caseNames],
  );

  const dialogs = useEntityDialogs({
    entities: entities ?? [],
    linkCounts,
    profile: context.profile,
    onDeleted: (entity: Entity) => {
      if (entity.id === entityId) onCloseEntity();
    },
    onMerged: (keptId) => {
      if (entityId) context.openEntity(keptId);
    },
  });

  if (entities === undefined) return <p className="loading">Loading entities…</p>;
  const entity = entityId ? entities.find((e) => e.id === entityId) : undefined;

  return (
    <>
      {entityId ? (
        entity ? (
          <EntityPage
            key={entity.id} // a fresh page per entity: no other entity's links shown while its own are read
            entity={entity}
            context={context}
            caseName={caseId === undefined ? caseNames.get(entity.caseId) : undefined}
            onBack={onCloseEntity}
            onEdit={dialogs.openEdit}
            onMerge={dialogs.openMerge}
            onDelete={dialogs.openDelete}
          />
        ) : (
          <div className="entity-page">
            <button type="button" onClick={onCloseEntity}>
              <span aria-hidden="true">← </span>Back to entities
            </button>
            <p className="empty">This entity is not in {caseId ? 'this case' : 'any case'} any more (it was deleted, or merged into another).</p>
          </div>
        )
      ) : (
        <EntitiesTable
          rows={rows}
          allCases={caseId === undefined}
          onNew={() => caseId && dialogs.openNew(caseId)}
          onOpen={(e) => context.openEntity(e.id)}
          onEdit={dialogs.openEdit}
          onMerge={dialogs.openMerge}
          onDelete={dialogs.openDelete}
        />
      )}
      {dialogs.elements}
    </>
  );
}
