import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_SNOOZE_KEY, LAST_BACKUP_KEY, oldestChangeAfter, readBackupStatus, snoozeBackupReminder } from './backupStatusRepo';
import { ClausebenchDb } from './database';
import { setSetting } from './settingsRepo';
import { caseRecord, cellRecord, clauseRecord, documentRecord, entityRecord, linkRecord } from './testRecords';

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`backup-status-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

const day = (n: number) => `2026-05-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const stamped = (n: number, created = n) => ({ createdAt: day(created), updatedAt: day(n) });

describe('oldestChangeAfter', () => {
  it('is undefined for an empty database', async () => {
    expect(await oldestChangeAfter(database, undefined)).toBeUndefined();
  });

  it('finds the oldest change after the given time across every table of the analysis', async () => {
    await database.cases.add(caseRecord('c1', stamped(20, 1)));
    await database.documents.add(documentRecord('d1', ['c1'], { ...stamped(2), addedAt: day(12) }));
    await database.clauses.add({ ...clauseRecord('k1', 'c1', 'd1'), ...stamped(15) });
    await database.entities.add({ ...entityRecord('e1', 'c1'), ...stamped(11) });
    await database.links.add({ ...linkRecord('l1', 'c1', 'k1', 'e1'), ...stamped(14) });
    await database.cells.add({ ...cellRecord('x1', 'c1', 'cmp', 'r', 'dim', ['k1']), ...stamped(13) });
    expect(await oldestChangeAfter(database, undefined)).toBe(day(11));
    // A document counts from when it was added, though its own stamps are older.
    expect(await oldestChangeAfter(database, day(11))).toBe(day(12));
    expect(await oldestChangeAfter(database, day(13))).toBe(day(14));
    // A change at exactly the backup's time is in the backup.
    expect(await oldestChangeAfter(database, day(15))).toBe(day(20));
    expect(await oldestChangeAfter(database, day(20))).toBeUndefined();
  });

  it('leaves out the sample case and what is only in it, and cases never edited since they were made', async () => {
    await database.cases.bulkAdd([caseRecord('sample', { ...stamped(3, 1), isSample: true }), caseRecord('fresh', stamped(2))]);
    await database.documents.bulkAdd([
      documentRecord('sample-doc', ['sample'], { ...stamped(4), addedAt: day(4) }),
      documentRecord('shared-doc', ['sample', 'fresh'], { ...stamped(9), addedAt: day(9) }),
    ]);
    await database.clauses.bulkAdd([
      { ...clauseRecord('sample-clause', 'sample', 'sample-doc'), ...stamped(5) },
      { ...clauseRecord('mine', 'fresh', 'shared-doc'), ...stamped(10) },
    ]);
    expect(await oldestChangeAfter(database, undefined)).toBe(day(9));
    await database.documents.delete('shared-doc');
    expect(await oldestChangeAfter(database, undefined)).toBe(day(10));
  });

  it('ignores unreadable stamps', async () => {
    await database.entities.add({ ...entityRecord('e1', 'c1'), createdAt: 'garbled', updatedAt: 'garbled' });
    expect(await oldestChangeAfter(database, undefined)).toBeUndefined();
  });
});

describe('readBackupStatus', () => {
  it('reads the last backup and the snooze, and counts only changes after that backup', async () => {
    await database.entities.add({ ...entityRecord('e1', 'c1'), ...stamped(5) });
    expect(await readBackupStatus(database)).toEqual({ lastBackupAt: undefined, snoozedUntil: undefined, oldestChange: day(5) });
    await setSetting(database, LAST_BACKUP_KEY, day(6));
    await snoozeBackupReminder(database, day(7));
    expect(await readBackupStatus(database)).toEqual({ lastBackupAt: day(6), snoozedUntil: day(7), oldestChange: undefined });
  });

  it('treats a malformed setting as none', async () => {
    await database.entities.add({ ...entityRecord('e1', 'c1'), ...stamped(5) });
    await setSetting(database, LAST_BACKUP_KEY, 42);
    await setSetting(database, BACKUP_SNOOZE_KEY, 'soon');
    expect(await readBackupStatus(database)).toEqual({ lastBackupAt: undefined, snoozedUntil: undefined, oldestChange: day(5) });
  });
});
