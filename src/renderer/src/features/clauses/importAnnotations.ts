/**
 * "Import annotations": W3C Web Annotations (as "Web Annotations (JSON-LD)" exports them) put
 * back onto the open PDF. All or nothing: a file that does not parse, or that is for another
 * PDF, changes nothing and says why; otherwise every new annotation is placed by the anchoring
 * code and written in one transaction. An annotation whose id is already a clause is skipped,
 * so importing the same file twice adds nothing.
 */
import { buildAnchorIndex } from '../../core/anchoring';
import { clauseTypeColour } from '../../core/clauseTypes';
import { reanchorTarget } from '../../core/reanchorClause';
import type { Clause } from '../../core/types';
import { checkForDocument, importWebAnnotations, toClauseTarget } from '../../core/webAnnotationImport';
import { addClauses, deleteClause, getClause } from '../../db/clausesRepo';
import { db } from '../../db/database';
import type { UndoApi } from '../../ui/undo';
import type { ClauseDocument } from './clauseDocument';

export type AnnotationImportResult =
  { ok: true; added: number; skipped: number; fuzzy: number; orphaned: number } | { ok: false; problems: string[] };

export async function importAnnotationsFile(
  fileName: string,
  text: string,
  cdoc: ClauseDocument,
  caseId: string,
  profile: string,
  undo: UndoApi,
): Promise<AnnotationImportResult> {
  const parsed = importWebAnnotations(text);
  if (!parsed.ok) return { ok: false, problems: [`“${fileName}” is not a Web Annotation file Clausebench can read:`, ...parsed.problems] };
  const check = checkForDocument(parsed.annotations, cdoc.doc.sha256);
  if (check.problem) return { ok: false, problems: [`Nothing was imported from “${fileName}”. ${check.problem}`] };

  const fresh = [];
  for (const a of check.matching) if (!(await getClause(db(), a.id))) fresh.push(a);
  const index = buildAnchorIndex(cdoc.text, cdoc.pageStarts);
  const now = new Date().toISOString();
  const clauses: Clause[] = fresh.map((a) => {
    const placed = reanchorTarget(index, cdoc.text, cdoc.pageStarts, toClauseTarget(a));
    return {
      id: a.id,
      caseId,
      documentId: cdoc.doc.id,
      target: placed.target,
      type: a.type,
      label: a.label,
      comment: a.comment,
      tags: a.tags,
      colour: clauseTypeColour(a.type),
      anchorStatus: placed.status,
      createdBy: a.createdBy ?? profile,
      createdAt: a.createdAt ?? now,
      updatedAt: a.updatedAt ?? now,
    };
  });
  if (clauses.length > 0) {
    await addClauses(db(), clauses);
    undo.push({
      label: `Imported ${clauses.length} clause${clauses.length === 1 ? '' : 's'} from “${fileName}”.`,
      undo: async () => {
        for (const c of clauses) await deleteClause(db(), c.id);
      },
      redo: () => addClauses(db(), clauses),
    });
  }
  return {
    ok: true,
    added: clauses.length,
    skipped: check.matching.length - clauses.length,
    fuzzy: clauses.filter((c) => c.anchorStatus === 'fuzzy').length,
    orphaned: clauses.filter((c) => c.anchorStatus === 'orphaned').length,
  };
}
