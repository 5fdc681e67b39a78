import { ProgressBar } from '../../ui/ProgressBar';
import type { FileOutcome } from './importFile';
import { summariseImport } from './importSummary';
import type { ImportProgress } from './useImport';

interface ImportPanelProps {
  progress: ImportProgress | null;
  outcomes: FileOutcome[];
  onCancel: () => void;
  onDismiss: () => void;
}

/** Progress while a batch runs, then its summary; each refused file is an alert naming the file. */
export function ImportPanel({ progress, outcomes, onCancel, onDismiss }: ImportPanelProps) {
  if (!progress && outcomes.length === 0) return null;
  const refused = outcomes.filter((o): o is Extract<FileOutcome, { kind: 'refused' }> => o.kind === 'refused');
  return (
    <section className="import-panel" aria-label="Import">
      {progress && (
        <div className="import-running">
          <ProgressBar
            label="Import progress"
            value={progress.fileIndex + (progress.pageCount ? progress.pagesDone / progress.pageCount : 0)}
            max={progress.fileCount}
            text={`File ${progress.fileIndex + 1} of ${progress.fileCount}`}
          />
          <ProgressBar
            label="Current file progress"
            value={progress.pagesDone}
            max={Math.max(progress.pageCount, 1)}
            text={`${progress.fileName}: ${fileStep(progress)}`}
          />
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {!progress && outcomes.length > 0 && (
        <div className="import-summary">
          <p role="status">{summariseImport(outcomes)}</p>
          <ul className="import-outcomes">
            {outcomes.map((o, i) => (
              <li key={i}>{describeOutcome(o)}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {refused.map((o, i) => (
        <p key={`${o.fileName}-${i}`} role="alert" className="error">
          Could not import “{o.fileName}”: {o.reason}
        </p>
      ))}
    </section>
  );
}

function describeOutcome(o: FileOutcome): string {
  switch (o.kind) {
    case 'added': {
      const flagged = o.flaggedPages.length ? `; no text layer on ${plural(o.flaggedPages.length, 'page')}` : '';
      return `Added “${o.title}” (${o.fileName}, ${plural(o.pageCount, 'page')}${flagged}).`;
    }
    case 'duplicate':
      return `“${o.fileName}” is already in the library as “${o.title}”${o.addedToCase ? '; added to this case' : ''}.`;
    case 'refused':
      return `Refused “${o.fileName}”.`;
    case 'cancelled':
      return `Cancelled “${o.fileName}”: nothing of it was stored.`;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fileStep(p: ImportProgress): string {
  if (p.imageCheck) return `checking ${plural(p.imageCheck.total, 'page')} with little text for scanned images (${p.imageCheck.done} done)`;
  return p.pageCount ? `page ${p.pagesDone} of ${p.pageCount}` : 'opening…';
}
