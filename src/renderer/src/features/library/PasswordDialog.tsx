import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { PasswordRequest } from './useImport';

/** Asks for an encrypted PDF's password; a wrong one says so and asks again; Cancel skips the file. */
export function PasswordDialog({ request }: { request: PasswordRequest | null }) {
  const [password, setPassword] = useState('');
  const close = () => {
    setPassword('');
    request?.answer(null);
  };
  return (
    <Dialog
      title="Password required"
      open={request !== null}
      onClose={close}
      description={request ? `“${request.fileName}” is encrypted. Enter its password to import it.` : undefined}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const pw = password;
          setPassword('');
          request?.answer(pw);
        }}
      >
        {request?.retry && (
          <p role="alert" className="error">
            That password is incorrect for “{request.fileName}”. Try again, or cancel to skip this file.
          </p>
        )}
        <label className="field">
          Password
          <input type="password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
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
