/**
 * Whether a document is a primary text (the law, order, letter, filing or court paper itself) or a
 * secondary one (study notes, articles, statements, illustrative reconstructions). A comparison
 * cell backed only by secondary documents is a paraphrase, never the law's text.
 */
import type { DocumentKind, DocumentRecord } from '../types';

export type SourceKind = 'primary' | 'secondary';

const PRIMARY_KINDS: ReadonlySet<DocumentKind> = new Set([
  'executive-order',
  'agency-letter',
  'complaint',
  'regulation',
  'statute',
  'court-order',
  'filing',
]);

export { carriesIllustrativeMark, ILLUSTRATIVE_MARK_TEXT } from '../illustrative';

/** Primary only for a primary kind that is not an illustrative reconstruction. */
export function sourceKindOf(doc: Pick<DocumentRecord, 'kind'>, illustrative: boolean): SourceKind {
  return !illustrative && PRIMARY_KINDS.has(doc.kind) ? 'primary' : 'secondary';
}

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  primary: 'Primary text',
  secondary: 'Secondary (paraphrase)',
};
