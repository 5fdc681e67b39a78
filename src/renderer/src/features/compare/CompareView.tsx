/**
 * The Compare view (issue 7/7): the case's comparisons, one at a time, each a sourced matrix of
 * regimes (columns) against questions (rows). The comparison chosen is remembered per case; the
 * first one (by title) is shown until the analyst picks another.
 */
import { useMemo } from 'react';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { listComparisons } from '../../db/comparisonsRepo';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { ClauseDiffButton } from './ClauseDiffDialog';
import type { CompareContext } from './compareContext';
import { useChosenComparison } from './compareSettings';
import { ComparisonBar } from './ComparisonBar';
import { ComparisonWorkspace } from './ComparisonWorkspace';
import { loadComparison } from './loadComparison';
import './compare.css';
import './matrix.css';

export function CompareView({ caseId, caseName, profile, openClause }: CompareContext) {
  if (!caseId)
    return (
      <section className="compare-view" aria-label="Compare">
        <p className="empty">Choose a case in the Case switcher to see its comparisons: each comparison belongs to one case.</p>
      </section>
    );
  return <CaseComparisons key={caseId} caseId={caseId} caseName={caseName} profile={profile} openClause={openClause} />;
}

function CaseComparisons({ caseId, caseName, profile, openClause }: CompareContext & { caseId: string }) {
  const comparisons = useLiveQuery(() => listComparisons(db(), caseId), [caseId]);
  const [chosenId, choose] = useChosenComparison(caseId);
  const chosen = comparisons?.find((c) => c.id === chosenId) ?? comparisons?.[0];
  const loaded = useLiveQuery(async () => (chosen ? { id: chosen.id, model: await loadComparison(chosen.id) } : undefined), [chosen?.id]);
  // A live query answers with its previous result until the new one is read: never another comparison.
  const model = loaded && loaded.id === chosen?.id ? loaded.model : undefined;
  const counts = useMemo(() => (model ? countsOf(model) : undefined), [model]);

  return (
    <section className="compare-view" aria-label={`Compare: ${caseName}`}>
      <ComparisonBar
        caseId={caseId}
        profile={profile}
        comparisons={comparisons ?? []}
        chosen={chosen}
        onChoose={choose}
        chosenCounts={counts}
        tools={<ClauseDiffButton caseId={caseId} />}
      />
      {comparisons === undefined || chosenId === undefined ? (
        <p className="loading">Loading…</p>
      ) : comparisons.length === 0 ? (
        <p className="empty">
          No comparisons in this case yet. Use “New comparison” to set regimes side by side, question by question, each answer backed by clauses.
        </p>
      ) : model ? (
        <ComparisonWorkspace key={model.comparison.id} model={model} profile={profile} openClause={openClause} />
      ) : (
        <p className="loading">Loading…</p>
      )}
    </section>
  );
}

function countsOf(model: ComparisonModel) {
  let cells = 0;
  for (const r of model.regimes) for (const d of model.dimensions) if (model.cellAt(r.id, d.id)) cells += 1;
  return { regimes: model.regimes.length, dimensions: model.dimensions.length, cells };
}
