/**
 * "Import annotations": W3C Web Annotations (as "Web Annotations (JSON-LD)" exports them) put
 * back onto the open PDF. All or nothing: a file that does not parse, or that is for another
 * PDF, changes nothing and says why; otherwise every new annotation is placed by the anchoring
 * code and written in one transaction. An annotation whose id is already a clause is skipped,
 * so importing the same file twice adds nothing.
 */
import { buildAnchorIndex } from '../../core/anchoring';
import { clauseTypeColour } from '../../core/clauseTypes';
import { newId } from '../../core/ids';
import { reanchorTargets } from '../../core/reanchorClause';
import type { Clause } from '../../core/types';
import { checkForDocument, toClauseTarget } from '../../core/webAnnotationDocument';
import { importWebAnnotations } from '../../core/webAnnotationImport';
import { getClause } from '../../db/clausesRepo';
import { db } from '../../db/database';
import type { UndoApi } from '../../ui/undo';
import { addClausesUndoably } from './clauseActions';
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

  // Already here means the same clause in this case on this PDF; an id met in another case is
  // the same annotation taken into this case, so it gets a new id here.
  const fresh: { annotation: (typeof check.matching)[number]; id: string }[] = [];
  const seen = new Set<string>();
  for (const a of check.matching) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    const existing = await getClause(db(), a.id);
    if (existing && existing.caseId === caseId && existing.documentId === cdoc.doc.id) continue;
    fresh.push({ annotation: a, id: existing ? newId() : a.id });
  }
  const index = buildAnchorIndex(cdoc.text, cdoc.pageStarts);
  const placements = reanchorTargets(
    index,
    cdoc.text,
    cdoc.pageStarts,
    fresh.map(({ annotation }) => toClauseTarget(annotation)),
  );
  const now = new Date().toISOString();
  const clauses: Clause[] = fresh.map(({ annotation: a, id }, i) => {
    const placed = placements[i]!;
    return {
      id,
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
  await addClausesUndoably(clauses, `Imported ${clauses.length} clause${clauses.length === 1 ? '' : 's'} from “${fileName}”.`, undo);
  const duplicates = check.matching.length - seen.size;
  return {
    ok: true,
    added: clauses.length,
    skipped: check.matching.length - clauses.length - duplicates,
    fuzzy: clauses.filter((c) => c.anchorStatus === 'fuzzy').length,
    orphaned: clauses.filter((c) => c.anchorStatus === 'orphaned').length,
  };
}
