import type { PDFDocumentProxy } from './pdfjs';

/**
 * The PDF's own page labels (its /PageLabels number tree: "i", "ii", "1", "A-3"...), one per page,
 * or null when it has none or they cannot be read (then printed numbers are detected from text).
 */
export async function readPageLabels(pdf: PDFDocumentProxy): Promise<string[] | null> {
  try {
    const labels = await pdf.getPageLabels();
    return labels && labels.length === pdf.numPages ? labels : null;
  } catch {
    return null;
  }
}
