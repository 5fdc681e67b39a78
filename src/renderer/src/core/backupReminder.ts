/**
 * When to remind the analyst to back up: everything lives in this browser profile's IndexedDB, so
 * work not in a backup is lost with the laptop. The reminder comes when a change not in any backup
 * is more than a week old: soon enough to matter, rarely enough not to nag.
 */

export const REMIND_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupReminderInput {
  /** When the last backup succeeded (ISO); undefined when there has never been one. */
  lastBackupAt: string | undefined;
  /** When records were changed (records' updatedAt, documents' addedAt); any order, any number. */
  changes: Iterable<string>;
  now: Date;
  /** "Remind me tomorrow": no reminder before this time (ISO). */
  snoozedUntil?: string;
}

export interface BackupReminder {
  remind: boolean;
  /** The oldest change not in a backup (ISO), when there is one. */
  oldestUnsavedChange?: string;
  /** Whole days since that change. */
  days?: number;
  /** What the banner says, when `remind`. */
  message?: string;
}

function time(iso: string | undefined): number {
  return iso === undefined ? Number.NaN : Date.parse(iso);
}

/** "today", "1 day ago", "9 days ago". */
function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/**
 * Whether to remind, and what to say.
 *
 * Invariants: pure; never reminds when no change is later than lastBackupAt (a change at exactly
 * the backup's time counts as in it); with no backup ever, every change counts; reminds only when
 * the oldest such change is more than REMIND_AFTER_DAYS × 24 h before `now` and `now` is not
 * before snoozedUntil; unparseable timestamps are ignored (an unreadable backup time counts as no
 * backup), as are changes dated after `now` (a clock that was wrong), which cannot be old yet.
 */
export function backupReminder(input: BackupReminderInput): BackupReminder {
  const now = input.now.getTime();
  const since = time(input.lastBackupAt);
  let oldest = Number.POSITIVE_INFINITY;
  let oldestIso: string | undefined;
  for (const change of input.changes) {
    const t = time(change);
    if (Number.isNaN(t) || t > now || (!Number.isNaN(since) && t <= since)) continue;
    if (t < oldest) {
      oldest = t;
      oldestIso = change;
    }
  }
  if (oldestIso === undefined) return { remind: false };
  const age = now - oldest;
  const days = Math.floor(age / DAY_MS);
  const snoozed = now < time(input.snoozedUntil);
  if (age <= REMIND_AFTER_DAYS * DAY_MS || snoozed) return { remind: false, oldestUnsavedChange: oldestIso, days };
  const where = Number.isNaN(since) ? 'are not in any backup yet' : 'are not in a backup';
  return { remind: true, oldestUnsavedChange: oldestIso, days, message: `Changes from ${daysAgo(days)} ${where}. Back up now.` };
}

/** "Remind me tomorrow": the time until which the reminder stays away. */
export function snoozeUntil(now: Date): string {
  return new Date(now.getTime() + DAY_MS).toISOString();
}
