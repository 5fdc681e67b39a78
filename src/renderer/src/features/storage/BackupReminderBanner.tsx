import { useBackupReminder } from './useBackupReminder';
import './storage.css';

/**
 * The backup reminder: a banner under the header (never a modal: it must not stop work) with
 * "Back up" (the workspace's back-up command) and "Remind me tomorrow".
 */
export function BackupReminderBanner({ onBackUp }: { onBackUp: () => void }) {
  const reminder = useBackupReminder();
  if (!reminder.remind) return null;
  return (
    <section className="backup-banner" aria-label="Backup reminder">
      <p>{reminder.message}</p>
      <button type="button" className="primary" onClick={onBackUp}>
        Back up now
      </button>
      <button type="button" onClick={() => void reminder.snooze()}>
        Remind me tomorrow
      </button>
    </section>
  );
}
