import type { Provenance } from './types';

/** A new random record id (RFC 4122 v4). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Provenance for a record created now by `profile`. */
export function stamp(profile: string, now: Date = new Date()): Provenance {
  const at = now.toISOString();
  return { createdBy: profile, createdAt: at, updatedAt: at };
}
