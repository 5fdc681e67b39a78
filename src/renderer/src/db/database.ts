import Dexie, { type Table } from 'dexie';
import type { Case, Cell, Clause, Comparison, Dimension, DocumentRecord, Entity, FileRecord, Link, PageTextRecord, Regime } from '../core/types';
import type { ViewStateRecord } from '../core/viewState';
import type { SearchIndexRecord } from './searchIndexRepo';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The one IndexedDB database. Every schema version stays declared here (Dexie upgrades from
 * whatever version a user has); data-shape changes get an upgrade() beside their version.
 */
export class ClausebenchDb extends Dexie {
  cases!: Table<Case, string>;
  documents!: Table<DocumentRecord, string>;
  files!: Table<FileRecord, string>;
  pageTexts!: Table<PageTextRecord, [string, number]>;
  clauses!: Table<Clause, string>;
  entities!: Table<Entity, string>;
  links!: Table<Link, string>;
  comparisons!: Table<Comparison, string>;
  regimes!: Table<Regime, string>;
  dimensions!: Table<Dimension, string>;
  cells!: Table<Cell, string>;
  settings!: Table<SettingRecord, string>;
  viewStates!: Table<ViewStateRecord, string>;
  searchIndex!: Table<SearchIndexRecord, string>;

  constructor(name = 'clausebench') {
    super(name);
    this.version(1).stores({
      cases: 'id, name',
      documents: 'id, &sha256, *caseIds, title, kind, date, addedAt',
      files: 'sha256',
      pageTexts: '[documentId+pageIndex], documentId',
      clauses: 'id, caseId, documentId, [caseId+documentId], type, *tags',
      entities: 'id, caseId, name, type',
      links: 'id, caseId, clauseId, entityId',
      comparisons: 'id, caseId',
      regimes: 'id, caseId, comparisonId',
      dimensions: 'id, caseId, comparisonId',
      cells: 'id, caseId, comparisonId, [regimeId+dimensionId]',
      settings: 'key',
    });
    // 2: where the reader left each document (page, zoom, rotation). A new table, so no upgrade().
    this.version(2).stores({ viewStates: 'documentId' });
    // 3: cells indexed by the clauses they cite, so deleting a clause finds the cells to update
    // without scanning every comparison. Only an index changes, so no upgrade().
    this.version(3).stores({ cells: 'id, caseId, comparisonId, [regimeId+dimensionId], *evidenceClauseIds' });
    // 4: the saved search index (searchIndexRepo.ts), so a restart loads it instead of rebuilding
    // it. A new table, so no upgrade(); an empty table means "build it".
    this.version(4).stores({ searchIndex: 'key' });
  }
}

let instance: ClausebenchDb | undefined;

/** The app's database (created on first use). Tests make their own with a unique name. */
export function db(): ClausebenchDb {
  instance ??= new ClausebenchDb();
  return instance;
}
