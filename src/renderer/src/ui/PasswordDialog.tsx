import { useState } from 'react';
import { DialogActions } from './DialogActions';
import { Dialog } from './Dialog';

/**
 * "Password required" for an encrypted PDF, on import and when the reader opens one. A wrong
 * password says so and asks again; Cancel gives up on the file.
 */
export function PasswordDialog({
  open,
  fileName,
  retry,
  purpose,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  fileName: string;
  retry: boolean;
  /** What the password is for, ending the description: "import it", "read it". */
  purpose: string;
  onSubmit(password: string): void;
  onCancel(): void;
}) {
  const [password, setPassword] = useState('');
  const cancel = () => {
    setPassword('');
    onCancel();
  };
  return (
    <Dialog title="Password required" open={open} onClose={cancel} description={`“${fileName}” is encrypted. Enter its password to ${purpose}.`}>
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
            That password is incorrect for “{fileName}”. Try again, or cancel to skip it.
          </p>
        )}
        <label className="field">
          Password
          <input type="password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
        </label>
        <DialogActions onCancel={cancel} confirmLabel="Open" />
      </form>
    </Dialog>
  );
}
