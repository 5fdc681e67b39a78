import { DialogActions } from '../ui/DialogActions';
import { Dialog } from '../ui/Dialog';
import { shortcutHelpGroups } from './shortcutHelp';

// The registry does not change while the app runs.
const SHORTCUT_GROUPS = shortcutHelpGroups();

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose}>
      {/* Focusable so the list scrolls from the keyboard too. */}
      <div className="shortcuts-scroll" role="region" aria-label="Shortcut list" tabIndex={0}>
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group.title} className="shortcuts">
            <caption>{group.title}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <kbd>{r.keys}</kbd>
                  </td>
                  <td>{r.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <DialogActions cancelLabel="Close" onCancel={onClose} focusCancel />
    </Dialog>
  );
}

export function AboutDialog({ open, onClose, hostKind }: { open: boolean; onClose: () => void; hostKind: string }) {
  return (
    <Dialog title="About Clausebench" open={open} onClose={onClose}>
      <p>Clausebench: read legal PDFs closely, mark the clauses that matter, and compare regimes. Everything stays on this computer.</p>
      <p>Running in the {hostKind === 'electron' ? 'desktop app' : 'browser'}.</p>
      <DialogActions cancelLabel="Close" onCancel={onClose} focusCancel />
    </Dialog>
  );
}
