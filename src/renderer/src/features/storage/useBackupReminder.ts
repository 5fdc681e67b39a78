import { useEffect, useState } from 'react';
import { backupReminder, snoozeUntil, type BackupReminder } from '../../core/backupReminder';
import { oldestChangeAfter, readBackupSettings, snoozeBackupReminder } from '../../db/backupStatusRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';

const HOUR_MS = 60 * 60 * 1000;

export interface BackupReminderState extends BackupReminder {
  /** "Remind me tomorrow". */
  snooze(): Promise<void>;
}

/**
 * Whether the backup reminder shows. The two settings are watched live, so a backup (which writes
 * 'last-backup-at') or a dismissal updates it at once. The oldest unsaved change is looked up at
 * start, after a backup and hourly, not after every write: finding it reads every record, and a
 * change only matters once it is a week old, so an hour late costs nothing.
 */
export function useBackupReminder(): BackupReminderState {
  const settings = useLiveQuery(() => readBackupSettings(db()), []);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), HOUR_MS);
    return () => window.clearInterval(timer);
  }, []);
  const lastBackupAt = settings?.lastBackupAt;
  // null: not looked up yet for this backup time.
  const [oldestChange, setOldestChange] = useState<string | undefined | null>(null);
  useEffect(() => {
    let current = true;
    oldestChangeAfter(db(), lastBackupAt).then(
      (found) => current && setOldestChange(found),
      () => current && setOldestChange(undefined),
    );
    return () => {
      current = false;
    };
  }, [lastBackupAt, now]);
  const reminder: BackupReminder =
    settings && oldestChange !== null
      ? backupReminder({ lastBackupAt, changes: oldestChange ? [oldestChange] : [], now, snoozedUntil: settings.snoozedUntil })
      : { remind: false };
  return {
    ...reminder,
    snooze: async () => {
      const at = new Date();
      setNow(at);
      await snoozeBackupReminder(db(), snoozeUntil(at));
    },
  };
}
