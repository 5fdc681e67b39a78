import './checklist.css';

export interface ChecklistItem {
  id: string;
  /** What the item is called (a document's title, say). */
  label: string;
  /** A quieter line after the label ("Executive order · 12 clauses"). */
  detail?: string;
}

interface ChecklistProps {
  /** The list's accessible name ("Documents"). */
  label: string;
  items: readonly ChecklistItem[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

/**
 * A list of checkboxes with "Select all" and "Select none" (shown for two items or more): the
 * "choose some of these documents" list of the export dialogs. The caller owns the choice.
 */
export function Checklist({ label, items, chosen, onChange }: ChecklistProps) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <div className="checklist">
      {items.length > 1 && (
        <div className="checklist-all">
          <button type="button" className="link" onClick={() => onChange(new Set(items.map((i) => i.id)))}>
            Select all
          </button>
          <button type="button" className="link" onClick={() => onChange(new Set())}>
            Select none
          </button>
        </div>
      )}
      <ul className="checklist-items" aria-label={label}>
        {items.map((item) => (
          <li key={item.id}>
            <label className="check">
              <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
              <span>
                {item.label}
                {item.detail && <span className="count"> · {item.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
