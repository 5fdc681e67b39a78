interface DialogActionsProps {
  /** The dismissing button ("Cancel", or "Close" when it is the only one). */
  cancelLabel?: string;
  onCancel: () => void;
  /** The primary button; omitted for information-only dialogs. */
  confirmLabel?: string;
  /** Without it the primary button submits the dialog's form. */
  onConfirm?: () => void;
  /** Focus the dismissing button first (dialogs with nothing to type, or a destructive action). */
  focusCancel?: boolean;
}

/** The row of buttons every dialog ends with: dismiss on the left, the primary action on the right. */
export function DialogActions({ cancelLabel = 'Cancel', onCancel, confirmLabel, onConfirm, focusCancel = false }: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel} autoFocus={focusCancel}>
        {cancelLabel}
      </button>
      {confirmLabel && (
        <button type={onConfirm ? 'button' : 'submit'} className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      )}
    </div>
  );
}
