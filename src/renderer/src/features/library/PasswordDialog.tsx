import { PasswordDialog as PasswordPrompt } from '../../ui/PasswordDialog';
import type { PasswordRequest } from './useImport';

/** The import's password prompt: answers the pending request (null when the user cancels). */
export function PasswordDialog({ request }: { request: PasswordRequest | null }) {
  return (
    <PasswordPrompt
      open={request !== null}
      fileName={request?.fileName ?? ''}
      retry={request?.retry ?? false}
      purpose="import it"
      onSubmit={(password) => request?.answer(password)}
      onCancel={() => request?.answer(null)}
    />
  );
}
