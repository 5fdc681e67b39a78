/**
 * Imported Web Annotations and the open PDF: which of them are on it (by the SHA-256 of its
 * bytes), and the clause target each describes, ready for anchoring.
 */
import type { ClauseTarget, PdfRect } from './types';
import type { ImportedAnnotation } from './webAnnotationImport';

export interface DocumentCheck {
  /** The annotations on the open document. */
  matching: ImportedAnnotation[];
  /** The other PDFs the file annotates, by hash, with how many annotations each. */
  others: { sha256: string; fileName: string | null; count: number }[];
  /** What to tell the user when some or all annotations are for other PDFs; null when none are. */
  problem: string | null;
}

/**
 * Splits imported annotations into those on the PDF with `sha256` and those on other PDFs.
 *
 * Invariants: pure; matching + others' counts = all annotations; hashes compare
 * case-insensitively; problem is null exactly when others is empty.
 */
export function checkForDocument(imported: readonly ImportedAnnotation[], sha256: string): DocumentCheck {
  const want = sha256.toLowerCase();
  const matching = imported.filter((a) => a.sha256 === want);
  const byHash = new Map<string, { sha256: string; fileName: string | null; count: number }>();
  for (const a of imported) {
    if (a.sha256 === want) continue;
    const entry = byHash.get(a.sha256) ?? { sha256: a.sha256, fileName: a.fileName, count: 0 };
    entry.count++;
    entry.fileName ??= a.fileName;
    byHash.set(a.sha256, entry);
  }
  const others = [...byHash.values()];
  if (others.length === 0) return { matching, others, problem: null };

  const names = others.map((o) => `${o.fileName ? `${o.fileName}, ` : ''}sha256 ${o.sha256.slice(0, 12)}…`).join('; ');
  const which = others.length === 1 ? `another PDF (${names}); open that document` : `${others.length} other PDFs (${names}); open those documents`;
  const problem =
    matching.length === 0
      ? `These annotations are for ${which} to import them.`
      : `${imported.length - matching.length} of these ${imported.length} annotations are for ${which} to import them.`;
  return { matching, others, problem };
}

/**
 * The ClauseTarget an imported annotation describes. Missing parts get what anchoring treats as
 * "unknown": position 0..0 (so the quote is searched), and as the page the fragment's page, else
 * the first rectangle's, else 0, which only orders the fuzzy search.
 */
export function toClauseTarget(a: ImportedAnnotation): ClauseTarget {
  const pageIndex = a.pageIndex ?? a.rects[0]?.pageIndex ?? 0;
  return {
    quote: { ...a.quote },
    position: a.position ? { ...a.position } : { type: 'TextPositionSelector', start: 0, end: 0 },
    pageIndex,
    rects: a.rects.map((r) => ({ pageIndex: r.pageIndex, rects: r.rects.map((q) => [...q] as PdfRect) })),
    ...(a.area ? { area: true } : {}),
  };
}
