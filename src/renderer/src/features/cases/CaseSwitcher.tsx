import type { Case } from '../../core/types';
import { ALL_CASES } from '../../db/settingsRepo';

interface CaseSwitcherProps {
  cases: Case[];
  currentCaseId: string;
  onSwitch: (caseId: string) => void;
  onNew: () => void;
  onRename: () => void;
  onDelete: () => void;
}

/** The "Case" combobox (with an entry for all cases) and the case actions beside it. */
export function CaseSwitcher({ cases, currentCaseId, onSwitch, onNew, onRename, onDelete }: CaseSwitcherProps) {
  const sorted = [...cases].sort((a, b) => a.name.localeCompare(b.name));
  const isAll = currentCaseId === ALL_CASES;
  return (
    <div className="case-switcher">
      <label className="field inline">
        Case
        <select value={currentCaseId} onChange={(e) => onSwitch(e.target.value)}>
          {sorted.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value={ALL_CASES}>All cases</option>
        </select>
      </label>
      <button type="button" onClick={onNew}>
        New case
      </button>
      <button type="button" onClick={onRename} disabled={isAll}>
        Rename case
      </button>
      <button type="button" onClick={onDelete} disabled={isAll}>
        Delete case
      </button>
    </div>
  );
}
