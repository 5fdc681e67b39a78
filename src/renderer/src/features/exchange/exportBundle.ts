/**
 * "Export → Workspace bundle" and "Back up": records and PDFs out of the database, into one zip,
 * offered as a download (Electron's save dialog). Nothing is written to the database, except the
 * time of the last successful backup (LAST_BACKUP_KEY, read by the backup reminder).
 */
import { writeBundle } from '../../core/exchange/bundle';
import type { Case } from '../../core/types';
import { LAST_BACKUP_KEY } from '../../db/backupStatusRepo';
import { db } from '../../db/database';
import { collectAll, collectCase } from '../../db/exchangeRepo';
import { setSetting } from '../../db/settingsRepo';
import { saveFile } from '../../platform/host';
import { appVersion } from './appVersion';
import { backupFileName, bundleFileName, BUNDLE_MIME, countText } from './exchangeFiles';

/**
 * Exports `bundleCase` as a bundle: the whole case, or with `documentIds` only those documents and
 * what was made on them (collectCase says what travels); returns the message to show.
 */
export async function exportWorkspaceBundle(bundleCase: Case, profile: string, documentIds?: readonly string[]): Promise<string> {
  const { records, files } = await collectCase(db(), bundleCase.id, documentIds);
  const now = new Date();
  const bytes = writeBundle(
    {
      kind: 'bundle',
      scope: documentIds
        ? { type: 'documents', caseIds: [bundleCase.id], documentIds: [...documentIds] }
        : { type: 'case', caseIds: [bundleCase.id] },
      exportedBy: profile,
      exportedAt: now,
      appVersion: await appVersion(),
    },
    records,
    files,
  );
  const name = bundleFileName(bundleCase.name, now);
  saveFile(name, BUNDLE_MIME, bytes);
  return `Exported “${bundleCase.name}” as ${name}: ${countText(records.documents.length, 'document')}, ${countText(records.clauses.length, 'clause')}.`;
}

/** Writes the whole database, PDFs included, to one file; records the time for the reminder. */
export async function backUpEverything(profile: string): Promise<string> {
  const { records, files } = await collectAll(db());
  const now = new Date();
  // The backup carries its own time, so a profile restored from it still knows when it was backed up.
  records.settings = [...records.settings.filter((s) => s.key !== LAST_BACKUP_KEY), { key: LAST_BACKUP_KEY, value: now.toISOString() }];
  const bytes = writeBundle(
    { kind: 'backup', scope: { type: 'all' }, exportedBy: profile, exportedAt: now, appVersion: await appVersion() },
    records,
    files,
  );
  const name = backupFileName(now);
  saveFile(name, BUNDLE_MIME, bytes);
  await setSetting(db(), LAST_BACKUP_KEY, now.toISOString());
  return `Backed up ${countText(records.cases.length, 'case')}, ${countText(records.documents.length, 'document')} and ${countText(records.clauses.length, 'clause')} to ${name}.`;
}
