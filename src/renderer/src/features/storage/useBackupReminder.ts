import { useEffect, useState } from 'react';
import { backupReminder, snoozeUntil, type BackupReminder } from '../../core/backupReminder';
import { readBackupStatus, snoozeBackupReminder } from '../../db/backupStatusRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';

const HOUR_MS = 60 * 60 * 1000;

export interface BackupReminderState extends BackupReminder {
  /** "Remind me tomorrow". */
  snooze(): Promise<void>;
}

/**
 * Whether the backup reminder shows. The status is a live query, so a backup (which writes
 * 'last-backup-at'), a dismissal or new work updates it at once; the clock is read again hourly,
 * since a change becomes old without anything being written.
 */
export function useBackupReminder(): BackupReminderState {
  const status = useLiveQuery(() => readBackupStatus(db()), []);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), HOUR_MS);
    return () => window.clearInterval(timer);
  }, []);
  const reminder: BackupReminder = status
    ? backupReminder({
        lastBackupAt: status.lastBackupAt,
        changes: status.oldestChange ? [status.oldestChange] : [],
        now,
        snoozedUntil: status.snoozedUntil,
      })
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
