import { describeStorage } from '../../core/storageFigures';
import { useStorageStatus } from './useStorageStatus';
import './storage.css';

/**
 * The app's footer line: "Storage: 120 MB used, 2 GB left · kept". Modest on purpose: it
 * matters when space runs short or the browser may clear the data, and otherwise stays out of the way.
 */
export function StorageStatus() {
  const figures = useStorageStatus();
  const low = figures?.usage !== undefined && figures.quota !== undefined && figures.quota > 0 && figures.usage / figures.quota > 0.9;
  return (
    <footer className="storage-footer">
      <p role="status" aria-label="Storage" className={low ? 'storage-line low' : 'storage-line'}>
        {figures ? describeStorage(figures) : 'Storage: measuring…'}
        {low && ' · almost full: back up, then remove documents you no longer need'}
      </p>
    </footer>
  );
}
