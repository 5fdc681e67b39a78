/**
 * The clause manager's writes: make, edit and delete clauses, each one IndexedDB transaction in
 * db/clausesRepo and one undo entry that can be redone. Apart from the pdf.js view, which only
 * draws what the database holds (as the Zotero reader separates its annotation manager).
 */
import { clauseTypeColour } from '../../core/clauseTypes';
import { newId, stamp } from '../../core/ids';
import type { Clause } from '../../core/types';
import { db } from '../../db/database';
import {
  addClause,
  addClauses,
  deleteClause,
  deleteClauses,
  restoreClause,
  revertClause,
  setClauseRects,
  updateClause,
  type ClauseChanges,
} from '../../db/clausesRepo';
import { addCustomClauseType } from '../../db/clauseTypesRepo';
import { addLinks } from '../../db/entitiesRepo';
import type { UndoApi } from '../../ui/undo';
import type { ClauseDraft } from './clauseDraft';
import { newLink, type LinkChoice } from './linkActions';

function describe(clause: Pick<Clause, 'label' | 'type'>): string {
  return clause.label ? `clause ${clause.label}` : 'clause';
}

/**
 * Stores a new clause from the dialog's draft, then the links chosen for it; undo deletes it (its
 * links go with it), redo puts both back.
 */
export async function createClause(
  draft: ClauseDraft,
  caseId: string,
  documentId: string,
  profile: string,
  undo: UndoApi,
  newType?: string,
  linkChoices: readonly LinkChoice[] = [],
): Promise<Clause> {
  const type = newType ? await addCustomClauseType(db(), newType) : draft.type;
  const clause: Clause = {
    id: newId(),
    caseId,
    documentId,
    target: draft.area ? { ...draft.target, quote: { ...draft.target.quote, exact: draft.quote }, area: true } : draft.target,
    type,
    label: draft.label.trim(),
    comment: draft.comment,
    tags: draft.tags,
    colour: draft.colour,
    anchorStatus: 'anchored',
    ...stamp(profile),
  };
  await addClause(db(), clause);
  const links = linkChoices.map((choice) => newLink(choice, caseId, clause.id, profile));
  // The clause is kept even if a link is refused (its entity deleted meanwhile): say so, lose nothing typed.
  const linkProblem = await addLinks(db(), links).then(
    () => undefined,
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  let removed: Awaited<ReturnType<typeof deleteClause>>;
  undo.push({
    label: `Added ${describe(clause)}${links.length && !linkProblem ? ` with ${links.length} link${links.length === 1 ? '' : 's'}` : ''}.`,
    undo: async () => {
      removed = await deleteClause(db(), clause.id);
    },
    redo: async () => {
      if (removed) await restoreClause(db(), removed);
      else await addClause(db(), clause);
    },
  });
  if (linkProblem) undo.notify(`Added ${describe(clause)}, without its links: ${linkProblem}`);
  return clause;
}

/** Saves the dialog's edits to a clause; undo restores it as it was. */
export async function editClause(draft: ClauseDraft & { id: string }, undo: UndoApi, newType?: string): Promise<void> {
  const type = newType ? await addCustomClauseType(db(), newType) : draft.type;
  const changes: ClauseChanges = { type, label: draft.label.trim(), comment: draft.comment, tags: draft.tags, colour: draft.colour };
  if (draft.area) changes.target = { ...draft.target, quote: { ...draft.target.quote, exact: draft.quote } };
  const before = await updateClause(db(), draft.id, changes);
  if (!before) throw new Error('This clause no longer exists (it was deleted meanwhile).');
  const after = { ...before, ...changes };
  undo.push({
    label: `Edited ${describe(after)}.`,
    undo: () => revertClause(db(), before),
    redo: async () => {
      await updateClause(db(), draft.id, changes);
    },
  });
}

/** Deletes a clause with its links and evidence references; undo restores all of them. */
export async function removeClause(clause: Clause, undo: UndoApi): Promise<void> {
  let removed = await deleteClause(db(), clause.id);
  if (!removed) return;
  undo.push({
    label: `Deleted ${describe(clause)}.`,
    undo: async () => {
      if (removed) await restoreClause(db(), removed);
    },
    redo: async () => {
      removed = await deleteClause(db(), clause.id);
    },
  });
}

/** Stores rectangles the reader found for clauses placed without them (no undo: meaning is unchanged). */
export async function storeClauseRects(entries: readonly { clauseId: string; rects: Clause['target']['rects'] }[]): Promise<void> {
  await setClauseRects(db(), entries);
}

/** A range of the document text to make a clause of (accepted suggestions). */
export interface ClauseRange {
  target: Clause['target'];
  type: string;
  label: string;
  comment: string;
}

/** Stores several clauses in one transaction and one undo entry (accepting suggestions). */
export async function createClauses(
  ranges: readonly ClauseRange[],
  caseId: string,
  documentId: string,
  profile: string,
  undo: UndoApi,
): Promise<void> {
  const clauses: Clause[] = ranges.map((r) => ({
    id: newId(),
    caseId,
    documentId,
    target: r.target,
    type: r.type,
    label: r.label,
    comment: r.comment,
    tags: [],
    colour: clauseTypeColour(r.type),
    anchorStatus: 'anchored',
    ...stamp(profile),
  }));
  await addClausesUndoably(clauses, `Added ${clauses.length} suggested clause${clauses.length === 1 ? '' : 's'}.`, undo);
}

/**
 * Stores several clauses in one transaction with one undo entry: undo deletes them all in one
 * transaction; redo restores exactly what undo removed, links or evidence attached meanwhile too.
 */
export async function addClausesUndoably(clauses: readonly Clause[], label: string, undo: UndoApi): Promise<void> {
  if (clauses.length === 0) return;
  await addClauses(db(), clauses);
  let removed: Awaited<ReturnType<typeof deleteClauses>> | undefined;
  undo.push({
    label,
    undo: async () => {
      removed = await deleteClauses(
        db(),
        clauses.map((c) => c.id),
      );
    },
    redo: async () => {
      if (removed) await restoreClause(db(), removed);
    },
  });
}
