import { useState } from 'react';
import type { Case } from '../core/types';
import { CaseBriefDialog, type BriefFormat } from '../features/brief';
import { ExportComparisonDialog, type ComparisonExportFormat } from '../features/compare';
import { ExportBundleDialog } from '../features/exchange';
import { clauseExportItems, clausesCsv, exportFileName, webAnnotationsJson } from '../features/clauses';
import { saveFile } from '../platform/host';
import { MenuButton } from '../ui/MenuButton';
import { useUndo } from '../ui/undo';

/**
 * The "Export" menu: what the current case (or every case) holds, in formats other tools read.
 * Later issues add their items (bundles, briefs, the comparison) to this same menu.
 */
export function ExportMenu({ currentCase, profile = 'Local analyst' }: { currentCase: Case | undefined; profile?: string }) {
  const undo = useUndo();
  const [brief, setBrief] = useState<BriefFormat | null>(null);
  const [bundleOpen, setBundleOpen] = useState(false);
  const [comparison, setComparison] = useState<ComparisonExportFormat | null>(null);
  const scope = currentCase?.name ?? 'all cases';
  const run = async (format: 'jsonld' | 'csv') => {
    try {
      const items = await clauseExportItems(currentCase?.id);
      if (items.length === 0) {
        undo.notify(`There are no clauses to export in ${currentCase ? `“${scope}”` : 'any case'} yet.`);
        return;
      }
      if (format === 'jsonld') saveFile(exportFileName(scope, 'jsonld'), 'application/ld+json', webAnnotationsJson(items, `Clauses of ${scope}`));
      else saveFile(exportFileName(scope, 'csv'), 'text/csv;charset=utf-8', clausesCsv(items));
      undo.notify(`Exported ${items.length} clause${items.length === 1 ? '' : 's'} of ${currentCase ? `“${scope}”` : 'all cases'}.`);
    } catch (e) {
      undo.notify(`The export failed: ${e instanceof Error ? e.message : String(e)}. Nothing was written; try again.`);
    }
  };
  return (
    <>
      <MenuButton
        label="Export"
        items={[
          { label: 'Workspace bundle', onSelect: () => setBundleOpen(true) },
          { label: 'Web Annotations (JSON-LD)', onSelect: () => void run('jsonld') },
          { label: 'Clauses (CSV)', onSelect: () => void run('csv') },
          { label: 'Case brief (HTML)', onSelect: () => setBrief('html') },
          { label: 'Case brief (Markdown)', onSelect: () => setBrief('md') },
          { label: 'Comparison (CSV)', onSelect: () => setComparison('csv') },
          { label: 'Comparison (Markdown)', onSelect: () => setComparison('md') },
          { label: 'Comparison brief (HTML)', onSelect: () => setComparison('html') },
        ]}
      />
      <ExportBundleDialog
        open={bundleOpen}
        currentCaseId={currentCase?.id}
        profile={profile}
        onClose={() => setBundleOpen(false)}
        onDone={undo.notify}
      />
      <CaseBriefDialog
        format={brief}
        caseId={currentCase?.id}
        caseName={currentCase?.name ?? 'All cases'}
        onClose={() => setBrief(null)}
        onDone={undo.notify}
      />
      <ExportComparisonDialog format={comparison} caseId={currentCase?.id} onClose={() => setComparison(null)} onDone={undo.notify} />
    </>
  );
}
