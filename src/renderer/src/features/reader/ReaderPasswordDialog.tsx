import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';

/**
 * Asks for an encrypted document's password when it is opened (the library's import dialog, in
 * the reader: features import each other only through their index). A wrong one says so.
 */
export function ReaderPasswordDialog({ open, fileName, retry, onSubmit, onCancel }: {
  open: boolean;
  fileName: string;
  retry: boolean;
  onSubmit(password: string): void;
  onCancel(): void;
}) {
  const [password, setPassword] = useState('');
  return (
    <Dialog title="Password required" open={open} onClose={onCancel} description={`“${fileName}” is encrypted. Enter its password to read it.`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const pw = password;
          setPassword('');
          onSubmit(pw);
        }}
      >
        {retry && (
          <p role="alert" className="error">
            That password is incorrect for “{fileName}”. Try again, or cancel.
          </p>
        )}
        <label className="field">
          Password
          <input type="password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Open
          </button>
        </div>
      </form>
    </Dialog>
  );
}
