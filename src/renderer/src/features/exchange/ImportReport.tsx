import { reportTotals, type MergeReport } from '../../core/exchange/mergePlan';
import { MERGED_TABLES } from '../../core/exchange/records';
import { KIND_LABELS } from './kindLabels';

/** Added / updated / skipped, by kind of record; kinds the bundle did not carry are left out. */
export function ImportReport({ fileName, report }: { fileName: string; report: MergeReport }) {
  const t = reportTotals(report);
  const rows = MERGED_TABLES.filter((k) => report[k].added + report[k].updated + report[k].skipped > 0);
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
    </>
  );
}
