import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ProgressBar } from '../../ui/ProgressBar';
import { countText } from './exchangeFiles';
import { progressText } from './readBundleFile';
import type { Counts, Restore } from './useRestore';

function counts(c: Counts): string {
  return `${countText(c.cases, 'case')}, ${countText(c.documents, 'document')}, ${countText(c.clauses, 'clause')}`;
}

/** Reading a backup, then the confirmation that says what will be replaced. */
export function RestoreDialog({ restore }: { restore: Restore }) {
  const { state } = restore;
  return (
    <Dialog
      title={state.phase === 'confirm' ? 'Restore from backup?' : 'Restore from backup'}
      open={state.phase !== 'idle'}
      onClose={state.phase === 'reading' ? restore.cancel : restore.close}
    >
      {state.phase === 'reading' && (
        <>
          <p>Reading and checking “{state.fileName}”. Nothing is replaced until you confirm.</p>
          <ProgressBar label="Backup progress" value={state.progress.done} max={state.progress.total} text={progressText(state.progress)} />
          <DialogActions onCancel={restore.cancel} />
        </>
      )}
      {state.phase === 'confirm' && (
        <>
          <p>
            Everything stored now is replaced by the backup “{state.fileName}”, made {new Date(state.backup.manifest.exportedAt).toLocaleString()}
            {state.backup.manifest.exportedBy ? ` by ${state.backup.manifest.exportedBy}` : ''}: all cases, documents and their PDFs, clauses,
            entities, comparisons and settings. This cannot be undone; back up first if you may want today’s work again.
          </p>
          <dl className="exchange-counts">
            <dt>Stored now (replaced)</dt>
            <dd>{counts(state.stored)}</dd>
            <dt>In the backup</dt>
            <dd>{counts(state.incoming)}</dd>
          </dl>
          <DialogActions onCancel={restore.close} confirmLabel="Replace everything" onConfirm={() => void restore.confirm()} focusCancel />
        </>
      )}
      {state.phase === 'writing' && <p role="status">Restoring “{state.fileName}”…</p>}
      {state.phase === 'error' && (
        <>
          <p role="alert">{state.message}</p>
          <DialogActions cancelLabel="Close" onCancel={restore.close} />
        </>
      )}
    </Dialog>
  );
}
