/**
 * Everything an analyst made in one case: clauses, entities, links, comparisons with their
 * regimes, dimensions and cells. Documents are not here: they are shared and only leave a case
 * (see documentsRepo). Deleting a case and emptying the sample case both remove contents here.
 */
import type { Cell, Comparison, Dimension, Entity, Link, Regime } from '../core/types';
import { cellsThatFit, clauseCascadeTables, linksThatFit, removeClauses, restoreClauses, type ClauseRemoval } from './clauseCascade';
import type { ClausebenchDb } from './database';

/** What removeCaseContents deleted or changed, kept so Undo can put it back exactly. */
export interface CaseContents {
  /** The case's clauses, with every link to them and the cells elsewhere that cited them. */
  clauses: ClauseRemoval;
  entities: Entity[];
  /** The case's links not already in `clauses.links`, and any link to one of its entities. */
  links: Link[];
  comparisons: Comparison[];
  regimes: Regime[];
  dimensions: Dimension[];
  /** The case's own cells, as they were. */
  cells: Cell[];
}

/** The tables holding a case's contents; a caller's outer transaction must include them. */
export function caseContentTables(database: ClausebenchDb) {
  return [...clauseCascadeTables(database), database.entities, database.comparisons, database.regimes, database.dimensions];
}

/**
 * Deletes everything made in case `caseId`, in one transaction (a child of the caller's, when
 * there is one). Invariant: afterwards no per-case table holds a row of this case, and no link or
 * cell of another case refers to one of its clauses or entities.
 */
export async function removeCaseContents(database: ClausebenchDb, caseId: string): Promise<CaseContents> {
  return database.transaction('rw', caseContentTables(database), async () => {
    // The case's cells go first and whole, so their before-images are not the ones
    // removeClauses would take after stripping evidence from them.
    const cells = await database.cells.where('caseId').equals(caseId).toArray();
    await database.cells.bulkDelete(cells.map((c) => c.id));
    const clauses = await removeClauses(database, await database.clauses.where('caseId').equals(caseId).toArray());
    const entities = await database.entities.where('caseId').equals(caseId).toArray();
    const ownLinks = await database.links.where('caseId').equals(caseId).toArray();
    const entityLinks = await database.links
      .where('entityId')
      .anyOf(entities.map((e) => e.id))
      .toArray();
    const links = [...new Map([...ownLinks, ...entityLinks].map((l) => [l.id, l])).values()];
    const comparisons = await database.comparisons.where('caseId').equals(caseId).toArray();
    const regimes = await database.regimes.where('caseId').equals(caseId).toArray();
    const dimensions = await database.dimensions.where('caseId').equals(caseId).toArray();
    await database.links.bulkDelete(links.map((l) => l.id));
    await database.entities.bulkDelete(entities.map((e) => e.id));
    await database.comparisons.bulkDelete(comparisons.map((c) => c.id));
    await database.regimes.bulkDelete(regimes.map((r) => r.id));
    await database.dimensions.bulkDelete(dimensions.map((d) => d.id));
    return { clauses, entities, links, comparisons, regimes, dimensions, cells };
  });
}

/**
 * Puts back everything removeCaseContents deleted or changed, in one transaction. The parts go
 * back before what refers to them (entities before links, clauses before cells), so the links and
 * cells put back are only those that still fit (see clauseCascade.ts): a link that crossed cases,
 * or evidence citing a clause of another case, is not recreated.
 */
export async function restoreCaseContents(database: ClausebenchDb, contents: CaseContents): Promise<void> {
  await database.transaction('rw', caseContentTables(database), async () => {
    await database.comparisons.bulkPut(contents.comparisons);
    await database.regimes.bulkPut(contents.regimes);
    await database.dimensions.bulkPut(contents.dimensions);
    await database.entities.bulkPut(contents.entities);
    await restoreClauses(database, contents.clauses);
    await database.cells.bulkPut(await cellsThatFit(database, contents.cells));
    await database.links.bulkPut(await linksThatFit(database, contents.links));
  });
}
