/**
 * Passwords of encrypted documents, kept in memory for this session only: the stored file stays
 * encrypted, the user types the password once per session, and nothing secret reaches IndexedDB.
 */
const passwords = new Map<string, string>();

export function sessionPassword(sha256: string): string | undefined {
  return passwords.get(sha256);
}

export function rememberPassword(sha256: string, password: string): void {
  passwords.set(sha256, password);
}

export function forgetPassword(sha256: string): void {
  passwords.delete(sha256);
}
