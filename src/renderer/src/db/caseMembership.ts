/**
 * A document's case list after Undo puts `caseId` back: the order it had before the delete, so
 * an undo with nothing in between restores the list exactly; cases added or removed since the
 * delete (by actions not undone) are respected rather than overwritten.
 */
export function caseIdsWithRestored(before: readonly string[], current: readonly string[], caseId: string): string[] {
  const kept = before.filter((c) => c === caseId || current.includes(c));
  const added = current.filter((c) => !before.includes(c));
  return [...kept, ...added];
}
