/**
 * Test data for the case brief: two real-looking documents and a sample one, with clauses of
 * several types (one with a hostile comment and label), given out of type order on purpose.
 */
import { clause } from '../../../../../test/support/clauseFixtures';
import type { ClauseExportItem } from '../clauseExport';
import type { BriefDocumentInput } from './model';

export const HOSTILE = '<script>alert("x")</script> & "quoted" \'single\' <img src=x onerror=alert(1)>';

export const briefDocuments: BriefDocumentInput[] = [
  {
    id: 'doc-eo',
    fileName: 'eo.pdf',
    title: 'Executive Order 14999',
    kind: 'executive-order',
    issuer: 'The President',
    date: '2026-03-01',
    citation: 'Exec. Order No. 14999',
    jurisdiction: 'United States',
    illustrative: false,
  },
  {
    id: 'doc-compl',
    fileName: 'complaint.pdf',
    title: `Complaint ${HOSTILE}`,
    kind: 'complaint',
    issuer: 'Legion Inc.',
    date: '2026-06-23',
    citation: 'No. 26-cv-1',
    jurisdiction: 'United States',
    illustrative: false,
  },
  {
    id: 'doc-sample',
    fileName: 'letter.pdf',
    title: 'Reconstruction: Commerce letter',
    kind: 'agency-letter',
    issuer: 'Department of Commerce [reconstruction]',
    date: 'before 2026-06-23',
    citation: '',
    jurisdiction: 'United States',
    illustrative: true,
  },
];

function item(
  id: string,
  documentId: string,
  type: string,
  label: string,
  quote: string,
  citation: string,
  extra: Partial<ClauseExportItem> = {},
): ClauseExportItem {
  const doc = briefDocuments.find((d) => d.id === documentId)!;
  return {
    clause: clause({ id, documentId, type, label }),
    document: { sha256: `${id}-sha`, fileName: doc.fileName, title: doc.title },
    cleanQuote: quote,
    citation,
    illustrative: doc.illustrative,
    ...extra,
  };
}

/** In document order, reading order within each document (as clauseExportItems gives them). */
export const briefItems: ClauseExportItem[] = [
  item('eo-1', 'doc-eo', 'definition', 'Sec. 2(a)', 'The term "covered model" means an advanced model.', 'EO 14999 § 2(a)', { pageLabel: '8637' }),
  item('eo-2', 'doc-eo', 'prohibition', 'Sec. 3(b)', 'shall not share any covered model', 'EO 14999 § 3(b)'),
  item('eo-3', 'doc-eo', 'definition', 'Sec. 2(b)', 'The term "foreign national" means\nany person who is not a citizen.', 'EO 14999 § 2(b)'),
  {
    ...item('c-1', 'doc-compl', 'claim', `¶ 42 ${HOSTILE}`, `Plaintiff alleges ${HOSTILE}`, 'Compl. ¶ 42'),
    clause: {
      ...clause({ id: 'c-1', documentId: 'doc-compl', type: 'claim', label: `¶ 42 ${HOSTILE}` }),
      comment: `**Bold** point.\n${HOSTILE}\n# Not a heading`,
      tags: ['due-process', HOSTILE],
      anchorStatus: 'orphaned',
    },
    links: [{ entity: { id: 'e-h', name: `Hostile ${HOSTILE}`, type: 'other' }, link: { id: 'l-h', role: 'mentions', note: '' } }],
  },
  item('c-2', 'doc-compl', 'my-own-type', '¶ 7', 'Engineers work from Canada.', 'Compl. ¶ 7', {
    links: [
      { entity: { id: 'e-n', name: 'Northwind Labs', type: 'organisation' }, link: { id: 'l-1', role: 'plaintiff', note: '' } },
      { entity: { id: 'e-c', name: 'Commerce, Department of', type: 'agency' }, link: { id: 'l-2', role: 'defendant', note: '' } },
    ],
  }),
  item('s-1', 'doc-sample', 'prohibition', '', 'You must not share the model', ''),
];
