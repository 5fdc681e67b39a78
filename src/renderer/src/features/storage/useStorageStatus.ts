import { useEffect, useState } from 'react';
import type { StorageFigures } from '../../core/storageFigures';
import { db } from '../../db/database';
import { getSetting, setSetting } from '../../db/settingsRepo';

/** The answer to the one persist() request: { askedAt, granted }. */
export const STORAGE_PERSIST_KEY = 'storage-persist-request';

const REFRESH_MS = 60_000;

/**
 * Asks once (ever) that the browser keep the app's data under storage pressure, remembers the
 * answer, and reads how much is used and left, again every minute while the app is open.
 * Later runs ask persisted(), which never prompts, since the answer can change (a browser may
 * grant it later, or the user may clear it).
 */
async function ensurePersistence(): Promise<boolean | undefined> {
  const storage = navigator.storage;
  if (!storage?.persisted) return undefined;
  const asked = await getSetting<{ askedAt: string; granted: boolean } | undefined>(db(), STORAGE_PERSIST_KEY, undefined);
  if (!asked && storage.persist) {
    const granted = await storage.persist().catch(() => false);
    await setSetting(db(), STORAGE_PERSIST_KEY, { askedAt: new Date().toISOString(), granted });
    return granted;
  }
  return storage.persisted().catch(() => undefined);
}

async function estimate(): Promise<Pick<StorageFigures, 'usage' | 'quota'>> {
  const found = await navigator.storage?.estimate?.().catch(() => undefined);
  return { usage: found?.usage, quota: found?.quota };
}

export function useStorageStatus(): StorageFigures | undefined {
  const [figures, setFigures] = useState<StorageFigures>();
  useEffect(() => {
    let live = true;
    let persisted: boolean | undefined;
    const refresh = async () => {
      const sizes = await estimate();
      if (live) setFigures({ ...sizes, persisted });
    };
    void ensurePersistence()
      .catch(() => undefined)
      .then((p) => {
        persisted = p;
        return refresh();
      });
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);
  return figures;
}
