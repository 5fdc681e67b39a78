import type { FileOutcome } from './importFile';

/** One line a user reads after a batch: what was added, skipped and refused. */
export function summariseImport(outcomes: readonly FileOutcome[]): string {
  const count = (kind: FileOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  const parts = [`${count('added')} added`, `${count('duplicate')} already in the library`, `${count('refused')} refused`];
  const cancelled = count('cancelled');
  if (cancelled) parts.push(`${cancelled} cancelled`);
  return `Import finished: ${parts.join(', ')}.`;
}
