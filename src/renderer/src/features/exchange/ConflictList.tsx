import type { Choice, Conflict } from '../../core/exchange/mergePlan';
import { sameRecord } from '../../core/exchange/sameRecord';
import { KIND_LABELS } from './kindLabels';

const IGNORED = new Set(['updatedAt', 'caseIds']);

/** The fields two versions of a record differ in (top level), for the analyst to see what is at stake. */
function differingFields(c: Conflict): string[] {
  const keys = new Set([...Object.keys(c.mine), ...Object.keys(c.theirs)]);
  return [...keys].filter((k) => !IGNORED.has(k) && !sameRecord(c.mine[k], c.theirs[k]));
}

function edited(r: Record<string, unknown>): string {
  const at = typeof r.updatedAt === 'string' ? new Date(r.updatedAt) : undefined;
  const when = at && !Number.isNaN(at.getTime()) ? at.toLocaleString() : String(r.updatedAt ?? '');
  return `${when}${typeof r.createdBy === 'string' && r.createdBy ? `; author ${r.createdBy}` : ''}`;
}

/** One row per record changed on both sides: what differs, when each side changed it, and the choice. */
export function ConflictList({
  conflicts,
  choices,
  onChoose,
}: {
  conflicts: Conflict[];
  choices: ReadonlyMap<string, Choice>;
  onChoose: (key: string, c: Choice) => void;
}) {
  return (
    <div className="exchange-conflicts">
      <table aria-label="Conflicts">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Differs in</th>
            <th scope="col">Yours, changed</th>
            <th scope="col">Theirs, changed</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => {
            const name = `${KIND_LABELS[c.table].one} “${c.label}”`;
            const choice = choices.get(c.key) ?? 'mine';
            return (
              <tr key={c.key} data-conflict={c.key}>
                <th scope="row">{name}</th>
                <td>{differingFields(c).join(', ') || 'case list'}</td>
                <td>{edited(c.mine)}</td>
                <td>{edited(c.theirs)}</td>
                <td>
                  <div role="radiogroup" aria-label={name} className="exchange-choice">
                    {(['mine', 'theirs'] as const).map((option) => (
                      <label key={option}>
                        <input type="radio" name={c.key} checked={choice === option} onChange={() => onChoose(c.key, option)} />
                        {option === 'mine' ? 'Keep mine' : 'Take theirs'}
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
