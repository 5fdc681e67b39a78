/**
 * The commands the reader runs while it is shown. Their keys, labels and Help rows are in the
 * command registry (src/shared/commands.ts); this list only says which of them are the reader's,
 * so useReaderShortcuts leaves every other key to the workspace.
 */
import type { CommandId } from '../../../../shared/commands';

export const READER_COMMANDS = [
  'zoom-in',
  'zoom-out',
  'fit-page',
  'fit-width',
  'actual-size',
  'rotate-cw',
  'rotate-ccw',
  'next-page',
  'previous-page',
  'first-page',
  'last-page',
  'go-to-page',
  'find',
  'next-match',
  'previous-match',
  'toggle-sidebar',
  'annotate-selection',
  'copy-quote-with-citation',
  'show-clauses',
] as const satisfies readonly CommandId[];

export type ReaderAction = (typeof READER_COMMANDS)[number];

export function isReaderAction(id: CommandId): id is ReaderAction {
  return (READER_COMMANDS as readonly CommandId[]).includes(id);
}
