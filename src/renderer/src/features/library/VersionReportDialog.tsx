import { useEffect, useState } from 'react';
import type { CarryOverReport } from '../../core/carryOver';
import { boilerplateLines, cleanQuote } from '../../core/cleanQuote';
import { redline, type Redline } from '../../core/redline';
import type { DocumentRecord } from '../../core/types';
import { db } from '../../db/database';
import { getPageTexts } from '../../db/documentsRepo';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';

export interface VersionImport {
  earlier: DocumentRecord;
  newTitle: string;
  newDocumentId: string;
  report: CarryOverReport;
}

async function cleanText(documentId: string): Promise<string> {
  const pages = (await getPageTexts(db(), documentId)).map((p) => p.text);
  const furniture = boilerplateLines(pages);
  return pages.map((p) => cleanQuote(p, furniture)).join(' ');
}

/** After "Import as new version…": what happened to the clauses, and the text's changes (redline). */
export function VersionReportDialog({ result, onClose }: { result: VersionImport | null; onClose(): void }) {
  const [changes, setChanges] = useState<Redline | 'working' | 'too-long' | 'failed' | null>(null);
  useEffect(() => setChanges(null), [result]);
  // Worked out only when asked for: comparing two long texts must not hold up the new version's
  // first paint, which opens behind this dialog.
  const showChanges = () => {
    if (!result || changes) return;
    setChanges('working');
    void Promise.all([cleanText(result.earlier.id), cleanText(result.newDocumentId)])
      .then(([before, after]) => setChanges(redline(before, after) ?? 'too-long'))
      .catch(() => setChanges('failed'));
  };
  if (!result)
    return (
      <Dialog title="New version imported" open={false} onClose={onClose}>
        {null}
      </Dialog>
    );
  const { report } = result;
  const total = report.exact + report.areas.length + report.fuzzy.length + report.orphaned.length;
  return (
    <Dialog
      title="New version imported"
      open
      onClose={onClose}
      description={`“${result.newTitle}” is a new version of “${result.earlier.title}”, which stays in the library as it was.`}
    >
      <div className="version-report">
        <p role="status">
          {total === 0
            ? 'The earlier version had no clauses to carry over.'
            : `Carried over ${total} clause${total === 1 ? '' : 's'}: ${report.exact} placed exactly, ${report.fuzzy.length} by fuzzy match, ${report.orphaned.length} orphaned${report.areas.length ? `, ${report.areas.length} area clause${report.areas.length === 1 ? '' : 's'} to check` : ''}.`}
        </p>
        {report.fuzzy.length > 0 && (
          <section aria-label="Placed by fuzzy match">
            <h3>Placed by fuzzy match: check these</h3>
            <ul>
              {report.fuzzy.map((c) => (
                <li key={c.clauseId}>
                  <strong>{c.label || 'Unlabelled'}</strong>: “{c.quote}”
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.orphaned.length > 0 && (
          <section aria-label="Orphaned clauses">
            <h3>Orphaned: their words are not in the new version</h3>
            <ul>
              {report.orphaned.map((c) => (
                <li key={c.clauseId}>
                  <strong>{c.label || 'Unlabelled'}</strong>: was “{c.quote}”
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.areas.length > 0 && (
          <section aria-label="Area clauses to check">
            <h3>Area clauses: carried with their old rectangles, check them on the new pages</h3>
            <ul>
              {report.areas.map((c) => (
                <li key={c.clauseId}>
                  <strong>{c.label || 'Unlabelled'}</strong>: “{c.quote}”
                </li>
              ))}
            </ul>
          </section>
        )}
        {total > 0 && (
          <p className="hint">
            Each carried clause keeps its entity links, and comparison cells citing a clause now cite its carried copy too (a copy that was orphaned
            marks the cell “Needs review”). The earlier version’s clauses stay as they were.
          </p>
        )}
        <button type="button" aria-expanded={typeof changes === 'object' && changes !== null} onClick={showChanges} disabled={changes === 'working'}>
          {changes === 'working' ? 'Comparing the texts…' : 'Show changes'}
        </button>
        {changes === 'too-long' && <p role="alert">The two versions differ too much to compare word by word here.</p>}
        {changes === 'failed' && <p role="alert">The texts could not be read for comparison; close this report and try again.</p>}
        {typeof changes === 'object' && changes !== null && (
          <div className="redline" role="region" aria-label="Changes between the versions">
            <p className="hint">
              {changes.added} words added, {changes.removed} removed.
            </p>
            {changes.segments.map((s, i) =>
              s.kind === 'added' ? (
                <ins key={i}>{s.text}</ins>
              ) : s.kind === 'removed' ? (
                <del key={i}>{s.text}</del>
              ) : (
                <span key={i} className={s.folded ? 'folded' : undefined}>
                  {s.text}
                </span>
              ),
            )}
          </div>
        )}
      </div>
      <DialogActions cancelLabel="Close" onCancel={onClose} />
    </Dialog>
  );
}
