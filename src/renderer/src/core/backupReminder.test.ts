import { describe, expect, it } from 'vitest';
import { backupReminder, REMIND_AFTER_DAYS, snoozeUntil } from './backupReminder';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-07-20T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('backupReminder', () => {
  it('never reminds without changes since the last backup, however old the backup', () => {
    expect(backupReminder({ lastBackupAt: ago(400 * DAY), changes: [], now }).remind).toBe(false);
    expect(backupReminder({ lastBackupAt: ago(30 * DAY), changes: [ago(31 * DAY), ago(30 * DAY)], now })).toEqual({ remind: false });
  });

  it('reminds when the oldest change after the backup is more than a week old, and says how old', () => {
    const r = backupReminder({ lastBackupAt: ago(20 * DAY), changes: [ago(2 * DAY), ago(9 * DAY + 3600_000), ago(25 * DAY)], now });
    expect(r).toMatchObject({ remind: true, days: 9, oldestUnsavedChange: ago(9 * DAY + 3600_000) });
    expect(r.message).toBe('Changes from 9 days ago are not in a backup. Back up now.');
  });

  it('waits until a change is more than exactly a week old', () => {
    const week = REMIND_AFTER_DAYS * DAY;
    expect(backupReminder({ lastBackupAt: ago(30 * DAY), changes: [ago(week)], now }).remind).toBe(false);
    expect(backupReminder({ lastBackupAt: ago(30 * DAY), changes: [ago(week + 1)], now }).remind).toBe(true);
    expect(backupReminder({ lastBackupAt: ago(30 * DAY), changes: [ago(week - 1)], now })).toMatchObject({ remind: false, days: 6 });
  });

  it('with no backup ever, counts every change', () => {
    expect(backupReminder({ lastBackupAt: undefined, changes: [ago(3 * DAY)], now }).remind).toBe(false);
    const r = backupReminder({ lastBackupAt: undefined, changes: [ago(3 * DAY), ago(8 * DAY + 1)], now });
    expect(r.message).toBe('Changes from 8 days ago are not in any backup yet. Back up now.');
    expect(backupReminder({ lastBackupAt: 'not a date', changes: [ago(8 * DAY + 1)], now }).remind).toBe(true);
  });

  it('ignores unreadable and future timestamps', () => {
    expect(backupReminder({ lastBackupAt: undefined, changes: ['', 'yesterday', new Date(now.getTime() + 30 * DAY).toISOString()], now })).toEqual({
      remind: false,
    });
  });

  it('stays away while snoozed and comes back after', () => {
    const input = { lastBackupAt: undefined, changes: [ago(10 * DAY)], now };
    expect(backupReminder({ ...input, snoozedUntil: snoozeUntil(new Date(now.getTime() - 1000)) }).remind).toBe(false);
    expect(backupReminder({ ...input, snoozedUntil: snoozeUntil(new Date(now.getTime() - DAY)) }).remind).toBe(true);
    expect(snoozeUntil(now)).toBe('2026-07-21T12:00:00.000Z');
  });
});
