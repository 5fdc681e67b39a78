import { describe, expect, it } from 'vitest';
import { buildComparisonModel } from './comparisonModel';
import { renderComparisonBriefHtml } from './comparisonBriefHtml';
import { comparisonToMarkdown } from './comparisonMarkdown';
import { evidenceWarning, FUZZY_EVIDENCE_TEXT, ORPHANED_EVIDENCE_TEXT } from './comparisonOutput';
import { evidence, fixtureInput, fixtureModel } from './outputFixtures';

describe('evidence placed by approximate match is flagged in the outputs, as in the case brief', () => {
  it('names the placement to check', () => {
    expect(evidenceWarning({ anchorStatus: 'anchored' })).toBeUndefined();
    expect(evidenceWarning({ anchorStatus: 'fuzzy' })).toBe(FUZZY_EVIDENCE_TEXT);
    expect(evidenceWarning({ anchorStatus: 'orphaned' })).toBe(ORPHANED_EVIDENCE_TEXT);
  });

  it('warns in the HTML brief and the Markdown beside a fuzzy quote, and not before', () => {
    const exact = fixtureInput();
    expect(renderComparisonBriefHtml(exact)).not.toContain(FUZZY_EVIDENCE_TEXT);
    expect(comparisonToMarkdown(exact)).not.toContain(FUZZY_EVIDENCE_TEXT);
    const fuzzy = new Map(evidence);
    fuzzy.set('c-note', { ...evidence.get('c-note')!, anchorStatus: 'fuzzy' });
    const base = fixtureModel();
    const model = buildComparisonModel(
      {
        comparison: base.comparison,
        regimes: base.regimes,
        dimensions: base.dimensions,
        cells: base.regimes.flatMap((r) => base.dimensions.flatMap((d) => base.cellAt(r.id, d.id) ?? [])),
      },
      fuzzy,
    );
    expect(renderComparisonBriefHtml(fixtureInput(model))).toContain(`<span class="warning">${FUZZY_EVIDENCE_TEXT}</span>`);
    expect(comparisonToMarkdown(fixtureInput(model))).toContain(`**${FUZZY_EVIDENCE_TEXT}**`);
  });
});
