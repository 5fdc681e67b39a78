import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { ProgressBar } from '../../ui/ProgressBar';
import { ConflictList } from './ConflictList';
import { ImportReport } from './ImportReport';
import { progressText } from './readBundleFile';
import type { BundleImport } from './useBundleImport';

/** The "Import bundle" dialog: progress while reading and checking, conflicts to settle, then the report or the error. */
export function ImportBundleDialog({ importer }: { importer: BundleImport }) {
  const { state } = importer;
  return (
    <Dialog title="Import bundle" open={state.phase !== 'idle'} onClose={state.phase === 'reading' ? importer.cancel : importer.close}>
      {state.phase === 'reading' && (
        <>
          <p>Reading and checking “{state.fileName}”. Nothing is written until every check has passed.</p>
          <ProgressBar label="Bundle progress" value={state.progress.done} max={state.progress.total} text={progressText(state.progress)} />
          <DialogActions onCancel={importer.cancel} />
        </>
      )}
      {state.phase === 'writing' && <p role="status">Writing “{state.fileName}”…</p>}
      {state.phase === 'conflicts' && (
        <>
          <p>
            {state.plan.conflicts.length === 1 ? 'One record was' : `${state.plan.conflicts.length} records were`} changed here as recently as in “
            {state.fileName}”, or later. Choose which version to keep; the rest ({state.plan.added.length} new, {state.plan.updated.length} newer in
            the bundle) is imported as is.
          </p>
          <div className="exchange-all">
            <button type="button" onClick={() => importer.chooseAll('mine')}>
              Keep all mine
            </button>
            <button type="button" onClick={() => importer.chooseAll('theirs')}>
              Take all theirs
            </button>
          </div>
          <ConflictList conflicts={state.plan.conflicts} choices={state.choices} onChoose={importer.choose} />
          <DialogActions onCancel={importer.close} confirmLabel="Import" onConfirm={() => void importer.confirm()} />
        </>
      )}
      {state.phase === 'report' && (
        <>
          <ImportReport fileName={state.fileName} report={state.report} reidentified={state.reidentified} />
          <DialogActions cancelLabel="Close" onCancel={importer.close} />
        </>
      )}
      {state.phase === 'error' && (
        <>
          <p role="alert">{state.message}</p>
          <DialogActions cancelLabel="Close" onCancel={importer.close} />
        </>
      )}
    </Dialog>
  );
}
