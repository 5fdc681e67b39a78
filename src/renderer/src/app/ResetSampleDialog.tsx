import { DialogActions } from '../ui/DialogActions';
import { Dialog } from '../ui/Dialog';

/** Confirms "Reset sample case": edits in the sample case are lost; other cases are untouched. */
export function ResetSampleDialog({ open, onConfirm, onClose }: { open: boolean; onConfirm: () => void; onClose: () => void }) {
  return (
    <Dialog
      title="Reset sample case"
      open={open}
      onClose={onClose}
      description="The sample case returns to what ships with Clausebench: its documents and their details are restored and anything you made in it is removed. Your other cases are not touched."
    >
      <DialogActions onCancel={onClose} focusCancel confirmLabel="Reset" onConfirm={onConfirm} />
    </Dialog>
  );
}
