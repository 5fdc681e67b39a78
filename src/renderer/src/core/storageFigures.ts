/**
 * How much the app's storage holds and may hold, in words (navigator.storage.estimate() and
 * persisted() give the figures; the feature layer asks for them).
 */

/** "120 MB", "2.1 GB", "512 bytes": a size for people, in decimal units as operating systems show them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.5 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  // Two significant figures below 10 ("2.1 GB"), whole numbers above ("120 MB").
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}

export interface StorageFigures {
  usage?: number;
  quota?: number;
  /** Whether the browser promised to keep the data (navigator.storage.persisted()). */
  persisted?: boolean;
}

/** "Storage: 120 MB used, 2 GB left · kept": left is what the quota still allows (the issue asks for used and left). */
export function describeStorage(figures: StorageFigures): string {
  const parts: string[] = [];
  if (figures.usage !== undefined && figures.quota !== undefined)
    parts.push(`${formatBytes(figures.usage)} used, ${formatBytes(Math.max(0, figures.quota - figures.usage))} left`);
  else if (figures.usage !== undefined) parts.push(`${formatBytes(figures.usage)} used`);
  else parts.push('size unknown');
  if (figures.persisted === true) parts.push('kept');
  else if (figures.persisted === false) parts.push('may be cleared if the disk runs low');
  return `Storage: ${parts.join(' · ')}`;
}
