export { StorageStatus } from './StorageStatus';
export { BackupReminderBanner } from './BackupReminderBanner';
