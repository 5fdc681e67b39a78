/**
 * Test data for the comparison outputs: three regimes (the middle one the baseline, one with a
 * hostile name), three questions in two groups, cells of every status, evidence from a primary
 * text, a study note and a sample (illustrative) document, a deleted evidence clause and an
 * orphaned one. Test support only; nothing in the app imports it.
 */
import { clause } from '../../../../../test/support/clauseFixtures';
import type { Cell, Dimension, Regime } from '../types';
import { buildComparisonModel, type ComparisonModel, type EvidenceItem } from './comparisonModel';
import { madeAtOf, type ComparisonOutputInput } from './comparisonOutput';

export const HOSTILE = '<script>alert("x")</script> & "quoted" \'single\' <img src=x onerror=alert(1)>';

const at = '2026-07-01T00:00:00.000Z';
const prov = { createdBy: 'Ada', createdAt: at, updatedAt: at };
const base = { caseId: 'k', comparisonId: 'cmp', ...prov };

export const regimes: Regime[] = [
  { ...base, id: 'r-eo', name: 'Sample executive order', jurisdiction: 'United States', status: 'contested', instruments: [], order: 0 },
  { ...base, id: 'r-ear', name: 'EAR deemed exports', jurisdiction: 'United States', status: 'in force', instruments: [], order: 1 },
  { ...base, id: 'r-bad', name: `Regime ${HOSTILE}`, jurisdiction: '=HYPERLINK("evil")', status: '', instruments: [], order: 2 },
];

export const dimensions: Dimension[] = [
  { ...base, id: 'd-trigger', question: 'What triggers control?', group: 'Scope', order: 0 },
  { ...base, id: 'd-pr', question: 'Are permanent residents covered?', group: 'Scope', order: 1 },
  { ...base, id: 'd-pen', question: `Penalties ${HOSTILE}`, group: 'Enforcement', order: 2 },
];

function cell(regimeId: string, dimensionId: string, fields: Partial<Cell>): Cell {
  return {
    ...base,
    id: `${regimeId}/${dimensionId}`,
    regimeId,
    dimensionId,
    answer: '',
    detail: '',
    evidenceClauseIds: [],
    status: 'unsourced',
    ...fields,
  };
}

/** Quotes with characters an export must keep as they are: straight and curly quotes, §, a formula start. */
export const PRIMARY_QUOTE = 'The term "foreign person" means any natural person who is not a “U.S. person,” wherever located (§ 2(d)).';
export const NOTE_QUOTE = "=the note's paraphrase: a green-card holder is not a foreign person under § 734.13(b)";
export const SAMPLE_QUOTE = 'shall not share any covered model with any foreign national (illustrative reconstruction)';
export const ORPHAN_QUOTE = 'text that moved in the new version';

export const evidence = new Map<string, EvidenceItem>([
  [
    'c-primary',
    {
      clause: clause({ id: 'c-primary', documentId: 'doc-eo', label: 'Sec. 2(d)' }),
      documentId: 'doc-eo',
      documentTitle: 'Executive Order 14320',
      quote: PRIMARY_QUOTE,
      citation: 'EO 14320 § 2(d), 90 FR 35393',
      sourceKind: 'primary',
      anchorStatus: 'anchored',
    },
  ],
  [
    'c-note',
    {
      clause: clause({ id: 'c-note', documentId: 'doc-note', label: '' }),
      documentId: 'doc-note',
      documentTitle: 'Study note on deemed exports',
      quote: NOTE_QUOTE,
      citation: 'Study note on deemed exports, p. 2',
      sourceKind: 'secondary',
      anchorStatus: 'anchored',
    },
  ],
  [
    'c-sample',
    {
      clause: clause({ id: 'c-sample', documentId: 'doc-sample', label: 'Sec. 3(b)' }),
      documentId: 'doc-sample',
      documentTitle: 'Commerce letter (reconstruction)',
      quote: SAMPLE_QUOTE,
      citation: 'Letter ¶ 3',
      sourceKind: 'secondary',
      anchorStatus: 'anchored',
    },
  ],
  [
    'c-orphan',
    {
      clause: clause({ id: 'c-orphan', documentId: 'doc-eo', anchorStatus: 'orphaned' }),
      documentId: 'doc-eo',
      documentTitle: 'Executive Order 14320',
      quote: ORPHAN_QUOTE,
      citation: 'EO 14320 § 4',
      sourceKind: 'primary',
      anchorStatus: 'orphaned',
    },
  ],
]);

export const cells: Cell[] = [
  cell('r-eo', 'd-trigger', {
    answer: 'Nationality',
    detail: 'Follows the **person**, wherever located.\n\n- even abroad',
    evidenceClauseIds: ['c-primary', 'c-sample'],
  }),
  cell('r-ear', 'd-trigger', { answer: 'Release in the US', detail: `See ${HOSTILE}`, evidenceClauseIds: ['c-note'] }),
  cell('r-bad', 'd-trigger', { answer: `Nationality ${HOSTILE}`, status: 'disputed' }),
  cell('r-eo', 'd-pr', { answer: 'Yes', evidenceClauseIds: ['c-orphan'] }),
  cell('r-ear', 'd-pr', { answer: 'No', evidenceClauseIds: ['c-gone'] }),
  // r-bad × d-pr: never written. Penalties: one answer without evidence, the rest empty.
  cell('r-ear', 'd-pen', { answer: '+ up to $300,000 per violation' }),
];

export function fixtureModel(overrides: { baseline?: string | undefined } = {}): ComparisonModel {
  const baselineRegimeId = 'baseline' in overrides ? overrides.baseline : 'r-ear';
  return buildComparisonModel(
    {
      comparison: { id: 'cmp', caseId: 'k', title: 'Deemed exports & AI models', ...(baselineRegimeId ? { baselineRegimeId } : {}), ...prov },
      regimes,
      dimensions,
      cells,
    },
    evidence,
  );
}

export function fixtureInput(model: ComparisonModel = fixtureModel()): ComparisonOutputInput {
  return { model, caseName: `Legion v. Commerce ${HOSTILE}`, madeAt: madeAtOf(new Date('2026-07-04T09:30:00.000Z'), '4 July 2026 at 09:30') };
}
