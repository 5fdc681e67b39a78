import { reportTotals, type MergeReport } from '../../core/exchange/mergePlan';
import { MERGED_TABLES, type MergedTable } from '../../core/exchange/records';
import { KIND_LABELS } from './kindLabels';

/** "3 clauses and 1 link" from counts by kind (kinds with none left out). */
function kindsText(counts: Partial<Record<MergedTable, number>>): string {
  const parts = MERGED_TABLES.filter((k) => (counts[k] ?? 0) > 0).map((k) => {
    const n = counts[k]!;
    return `${n} ${(n === 1 ? KIND_LABELS[k].one : KIND_LABELS[k].many).toLowerCase()}`;
  });
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * Added / updated / skipped, by kind of record; kinds the bundle did not carry are left out. Records
 * added under new ids (theirs belonged to another case here, see core/exchange/caseIdentity.ts)
 * count as added, and a note says so: the analyst may wonder why a bundle's clause is not "theirs".
 */
export function ImportReport({
  fileName,
  report,
  reidentified = {},
}: {
  fileName: string;
  report: MergeReport;
  reidentified?: Partial<Record<MergedTable, number>>;
}) {
  const t = reportTotals(report);
  const rows = MERGED_TABLES.filter((k) => report[k].added + report[k].updated + report[k].skipped > 0);
  const renamed = kindsText(reidentified);
  return (
    <>
      <p role="status">
        Imported “{fileName}”: {t.added} added, {t.updated} updated, {t.skipped} skipped (unchanged or kept yours).
      </p>
      <table aria-label="Import report" className="exchange-report">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Skipped</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <tr key={k}>
              <th scope="row">{KIND_LABELS[k].many}</th>
              <td>{report[k].added}</td>
              <td>{report[k].updated}</td>
              <td>{report[k].skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {renamed && (
        <p className="exchange-note">
          Of those added, {renamed} came in under new ids: their ids belong to records of another case in this profile, which stay as they were.
        </p>
      )}
    </>
  );
}
