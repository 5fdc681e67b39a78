/** The document's outline (bookmarks) and embedded files, as plain data for the sidebar. */
import type { PDFDocumentProxy } from './pdfjs';

export interface OutlineNode {
  title: string;
  /** An opaque destination for DocumentViewer.goToDestination, or null. */
  dest: unknown;
  /** A link to outside the document, or null. */
  url: string | null;
  items: OutlineNode[];
}

export interface Attachment {
  /** pdf.js's key for the file, for readAttachmentContent. */
  id: string;
  name: string;
  description: string;
}

interface RawOutline {
  title: string;
  dest: unknown;
  url: string | null;
  items: RawOutline[];
}

function convert(items: RawOutline[]): OutlineNode[] {
  return items.map((i) => ({ title: i.title || '(untitled)', dest: i.dest ?? null, url: i.url ?? null, items: convert(i.items ?? []) }));
}

/** The outline tree; empty when the document has none or it cannot be read. */
export async function readOutline(pdf: PDFDocumentProxy): Promise<OutlineNode[]> {
  try {
    return convert(((await pdf.getOutline()) ?? []) as RawOutline[]);
  } catch {
    return [];
  }
}

/** Files embedded in the document (its EmbeddedFiles tree), by name; empty when none. */
export async function readAttachments(pdf: PDFDocumentProxy): Promise<Attachment[]> {
  try {
    const found = await pdf.getAttachments();
    return [...(found ?? new Map()).entries()].map(([id, a]) => ({ id, name: a.filename || id, description: a.description ?? '' }));
  } catch {
    return [];
  }
}

/** An attachment's bytes (pdf.js reads them only when asked). */
export async function readAttachmentContent(pdf: PDFDocumentProxy, id: string): Promise<Uint8Array> {
  const content = await pdf.getAttachmentContent(id);
  if (!content) throw new Error('The attached file is empty or cannot be read.');
  return content;
}
