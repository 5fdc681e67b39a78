/** Deep equality of plain JSON records, whatever the key order (IndexedDB and JSON may reorder keys). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameRecord(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  // An absent key and one set to undefined are the same record (IndexedDB drops neither, JSON drops the second).
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)].filter((k) => ao[k] !== undefined || bo[k] !== undefined));
  for (const k of keys) if (!sameRecord(ao[k], bo[k])) return false;
  return true;
}

/**
 * Fields that say who made a record and when, not what it says. Two profiles that each installed
 * the sample case hold the shipped records with the same content but their own install times.
 */
const PROVENANCE = new Set(['createdBy', 'createdAt', 'updatedAt', 'addedAt']);

/** sameRecord, but blind to provenance (PROVENANCE): the same content, whoever made it and whenever. */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !PROVENANCE.has(k)));
  return sameRecord(strip(a), strip(b));
}
