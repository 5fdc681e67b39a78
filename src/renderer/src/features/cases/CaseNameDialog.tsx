import { useEffect, useState } from 'react';
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
  const [name, setName] = useState(initialName);
  const [error, setError] = useState('');
  useEffect(() => {
    setName(initialName);
    setError('');
  }, [mode, initialName]);
  return (
    <Dialog title={mode === 'rename' ? 'Rename case' : 'New case'} open={mode !== null} onClose={onClose}>
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
    </Dialog>
  );
}
