/**
 * Linking clauses to entities, for the clause dialog and the entity page alike: each write is one
 * transaction in db/entitiesRepo and one undo entry that can be redone. Links are checked there
 * (same case, clause and entity exist), so neither caller can make one that crosses cases.
 */
import { linkRoleLabel } from '../../core/entities/entityKinds';
import { newId, stamp } from '../../core/ids';
import type { Link, LinkRole } from '../../core/types';
import { db } from '../../db/database';
import { addLinks, deleteLinks, restoreLinks } from '../../db/entitiesRepo';
import type { UndoApi } from '../../ui/undo';

/** A link chosen in a form, before it has an id (a new clause's links wait for the clause). */
export interface LinkChoice {
  entityId: string;
  role: LinkRole;
  note: string;
}

export function newLink(choice: LinkChoice, caseId: string, clauseId: string, profile: string): Link {
  return { id: newId(), caseId, clauseId, entityId: choice.entityId, role: choice.role, note: choice.note.trim(), ...stamp(profile) };
}

/** True when `links` already hold this entity in this role for the clause (a repeat says nothing new). */
export function isRepeatLink(links: readonly Pick<Link, 'clauseId' | 'entityId' | 'role'>[], clauseId: string, choice: LinkChoice): boolean {
  return links.some((l) => l.clauseId === clauseId && l.entityId === choice.entityId && l.role === choice.role);
}

/** "“Legion” (Plaintiff)": how a link is named in undo messages and buttons. */
export function describeLink(entityName: string, role: LinkRole): string {
  return `“${entityName}” (${linkRoleLabel(role)})`;
}

/** Stores links; undo removes them, redo puts back exactly what undo removed. */
export async function addLinksUndoably(links: readonly Link[], label: string, undo: UndoApi): Promise<void> {
  if (links.length === 0) return;
  await addLinks(db(), links);
  let removed: Link[] = [];
  undo.push({
    label,
    undo: async () => {
      removed = await deleteLinks(
        db(),
        links.map((l) => l.id),
      );
    },
    redo: () => restoreLinks(db(), removed),
  });
}

/** Removes links; undo puts them back (unless their clause or entity went meanwhile). */
export async function removeLinksUndoably(ids: readonly string[], label: string, undo: UndoApi): Promise<void> {
  let removed = await deleteLinks(db(), ids);
  if (removed.length === 0) return;
  undo.push({
    label,
    undo: () => restoreLinks(db(), removed),
    redo: async () => {
      removed = await deleteLinks(db(), ids);
    },
  });
}
