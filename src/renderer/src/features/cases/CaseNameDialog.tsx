import { useState } from 'react';
import { DialogActions } from '../../ui/DialogActions';
import { Dialog } from '../../ui/Dialog';

interface CaseNameDialogProps {
  mode: 'new' | 'rename' | null;
  initialName: string;
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

/** "New case" and "Rename case": one name field; errors (blank, duplicate) shown in place. */
export function CaseNameDialog({ mode, initialName, onSubmit, onClose }: CaseNameDialogProps) {
  return (
    <Dialog title={mode === 'rename' ? 'Rename case' : 'New case'} open={mode !== null} onClose={onClose}>
      {/* The form mounts each time the dialog opens, so its field starts with the right name in the
          first render. (Setting it from an effect raced with typing: the late reset moved the caret
          and the typed name was appended to the old one.) */}
      {mode && <CaseNameForm key={`${mode}:${initialName}`} mode={mode} initialName={initialName} onSubmit={onSubmit} onClose={onClose} />}
    </Dialog>
  );
}

function CaseNameForm({ mode, initialName, onSubmit, onClose }: Omit<CaseNameDialogProps, 'mode'> & { mode: 'new' | 'rename' }) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState('');
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await onSubmit(name);
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        }
      }}
    >
      <label className="field">
        Case name
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <DialogActions onCancel={onClose} confirmLabel={mode === 'rename' ? 'Rename' : 'Create case'} />
    </form>
  );
}
