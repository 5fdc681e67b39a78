/**
 * What the workspace wires in: the commands "Import bundle", "Back up" and "Restore" (buttons and
 * File menu), and their dialogs. One implementation per command (DESIGN.md).
 */
import { useCallback, type ReactNode } from 'react';
import { openFile } from '../../platform/host';
import { useUndo } from '../../ui/undo';
import { backUpEverything } from './exportBundle';
import { BACKUP_ACCEPT, BUNDLE_ACCEPT, reasonOf } from './exchangeFiles';
import { ImportBundleDialog } from './ImportBundleDialog';
import { RestoreDialog } from './RestoreDialog';
import { useBundleImport } from './useBundleImport';
import { useRestore } from './useRestore';
import './exchange.css';

export interface Exchange {
  importBundle(): Promise<void>;
  backUp(): Promise<void>;
  restore(): Promise<void>;
  dialogs: ReactNode;
}

export function useExchange(profile: string, onRestored: () => void): Exchange {
  const undo = useUndo();
  const importer = useBundleImport();
  const restorer = useRestore(onRestored);

  const importBundle = useCallback(async () => {
    const file = await openFile(BUNDLE_ACCEPT);
    if (file) await importer.start(file);
  }, [importer]);

  const restore = useCallback(async () => {
    const file = await openFile(BACKUP_ACCEPT);
    if (file) await restorer.start(file);
  }, [restorer]);

  const backUp = useCallback(async () => {
    try {
      undo.notify(await backUpEverything(profile));
    } catch (e) {
      undo.notify(`The backup failed: ${reasonOf(e)} Nothing was written; try again.`);
    }
  }, [profile, undo]);

  const dialogs = (
    <>
      <ImportBundleDialog importer={importer} />
      <RestoreDialog restore={restorer} />
    </>
  );
  return { importBundle, backUp, restore, dialogs };
}
