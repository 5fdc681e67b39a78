/**
 * The matrix's toolbar: add a regime or a question; filter rows by group and by text; choose the
 * baseline; "Show only differences"; and the "Columns" menu that shows or hides regimes.
 */
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { groupLabel, type RowFilter } from '../../core/compare/matrixRows';

interface MatrixToolbarProps {
  model: ComparisonModel;
  groups: readonly string[];
  filter: RowFilter;
  onFilter(filter: RowFilter): void;
  hidden: readonly string[];
  onHidden(ids: readonly string[]): void;
  onBaseline(regimeId: string | undefined): void;
  onAddRegime(): void;
  onAddQuestion(): void;
}

const ALL_GROUPS = '\u0000all';

export function MatrixToolbar({ model, groups, filter, onFilter, hidden, onHidden, onBaseline, onAddRegime, onAddQuestion }: MatrixToolbarProps) {
  const shownRegimes = model.regimes.length - hidden.filter((id) => model.regimes.some((r) => r.id === id)).length;
  return (
    <div className="compare-toolbar">
      <button type="button" onClick={onAddRegime}>
        Add regime
      </button>
      <button type="button" onClick={onAddQuestion}>
        Add question
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <label className="field inline">
        Group
        <select
          value={filter.group ?? ALL_GROUPS}
          onChange={(e) => onFilter({ ...filter, group: e.target.value === ALL_GROUPS ? null : e.target.value })}
        >
          <option value={ALL_GROUPS}>All groups</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupLabel(g)}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        <span className="visually-hidden">Filter questions</span>
        <input
          type="search"
          className="compare-filter"
          value={filter.text}
          onChange={(e) => onFilter({ ...filter, text: e.target.value })}
          placeholder="Filter questions, answers, details…"
        />
      </label>
      <label className="field inline">
        Baseline
        <select value={model.baseline?.id ?? ''} onChange={(e) => onBaseline(e.target.value || undefined)}>
          <option value="">None</option>
          {model.regimes.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.onlyDifferences} onChange={(e) => onFilter({ ...filter, onlyDifferences: e.target.checked })} />
        Show only differences
      </label>
      <details className="columns-menu">
        <summary>Columns{hidden.length > 0 ? ` (${shownRegimes} of ${model.regimes.length})` : ''}</summary>
        <fieldset>
          <legend>Show regimes</legend>
          {model.regimes.map((r) => (
            <label key={r.id} className="check">
              <input
                type="checkbox"
                checked={!hidden.includes(r.id)}
                onChange={(e) => onHidden(e.target.checked ? hidden.filter((id) => id !== r.id) : [...hidden, r.id])}
              />
              {r.name}
            </label>
          ))}
          {hidden.length > 0 && (
            <button type="button" className="link" onClick={() => onHidden([])}>
              Show all regimes
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}
