/**
 * Help → Keyboard shortcuts, read from the command registry: every command with a key, in
 * Help's groups, so Help cannot list a key the app does not bind (or miss one it does).
 */
import { formatAccelerators } from '../../../shared/accelerators';
import { COMMANDS, HELP_GROUPS, type CommandId, type CommandSpec, type HelpGroup } from '../../../shared/commands';

export interface ShortcutRow {
  id: CommandId;
  keys: string;
  description: string;
}

export interface ShortcutGroup {
  title: HelpGroup;
  rows: ShortcutRow[];
}

function row(command: CommandSpec & { id: CommandId }): ShortcutRow {
  const keys = formatAccelerators(command.shortcuts);
  return {
    id: command.id,
    keys: command.keysNote ? `${keys} (${command.keysNote})` : keys,
    description: command.description ?? command.label,
  };
}

/** The groups that have keys, in HELP_GROUPS order; rows in registry order. */
export function shortcutHelpGroups(): ShortcutGroup[] {
  return HELP_GROUPS.map((title) => ({
    title,
    rows: COMMANDS.filter((command) => command.group === title && command.shortcuts.length > 0).map(row),
  })).filter((group) => group.rows.length > 0);
}
