/**
 * Per-document work (a suggestion scan of a document's text) kept while the document's text is
 * unchanged, so revisiting a tab or writing a link does not re-read and re-scan every page. Kept by
 * case: a case's entries are dropped when its documents leave it (retain), and the whole is capped
 * so a long session over many cases does not keep every document's text in memory.
 *
 * Invariants: get returns only an entry stored under the same case, document and version; after
 * set, at most `maxCases` cases and, unless one entry alone is larger, at most `maxChars`
 * characters are held, the least recently used case going first and the case just written last
 * (within it, its oldest entries first; the entry just written always stays).
 */

export interface CacheLimits {
  /** Cases held at once (default 3). */
  maxCases: number;
  /** Characters of text held in all (default 6 million, about 3,000 pages of prose). */
  maxChars: number;
}

interface Entry<T> {
  version: string;
  value: T;
  chars: number;
}

export class CaseDocumentCache<T> {
  private readonly limits: CacheLimits;
  /** Cases in least-recently-used order (a Map keeps insertion order; a use re-inserts). */
  private readonly cases = new Map<string, Map<string, Entry<T>>>();

  constructor(
    /** The size of a value in characters (a scan's text length). */
    private readonly sizeOf: (value: T) => number,
    limits: Partial<CacheLimits> = {},
  ) {
    this.limits = { maxCases: 3, maxChars: 6_000_000, ...limits };
  }

  /** The value stored for this document of this case at this version; undefined otherwise. */
  get(caseId: string, documentId: string, version: string): T | undefined {
    const docs = this.touch(caseId);
    const entry = docs?.get(documentId);
    return entry?.version === version ? entry.value : undefined;
  }

  set(caseId: string, documentId: string, version: string, value: T): void {
    const docs = this.touch(caseId) ?? new Map<string, Entry<T>>();
    docs.delete(documentId);
    docs.set(documentId, { version, value, chars: this.sizeOf(value) });
    this.cases.set(caseId, docs);
    this.evict(caseId, documentId);
  }

  /** Drops the case's entries for documents not in `documentIds` (deleted, or moved out of the case). */
  retain(caseId: string, documentIds: Iterable<string>): void {
    const docs = this.cases.get(caseId);
    if (!docs) return;
    const keep = new Set(documentIds);
    for (const id of [...docs.keys()]) if (!keep.has(id)) docs.delete(id);
    if (docs.size === 0) this.cases.delete(caseId);
  }

  /** What is held: cases, documents and characters. */
  size(): { cases: number; documents: number; chars: number } {
    let documents = 0;
    let chars = 0;
    for (const docs of this.cases.values()) {
      documents += docs.size;
      for (const e of docs.values()) chars += e.chars;
    }
    return { cases: this.cases.size, documents, chars };
  }

  clear(): void {
    this.cases.clear();
  }

  private touch(caseId: string): Map<string, Entry<T>> | undefined {
    const docs = this.cases.get(caseId);
    if (docs) {
      this.cases.delete(caseId);
      this.cases.set(caseId, docs);
    }
    return docs;
  }

  private evict(caseId: string, documentId: string): void {
    for (const other of [...this.cases.keys()]) {
      if (this.cases.size <= this.limits.maxCases) break;
      if (other !== caseId) this.cases.delete(other);
    }
    let chars = this.size().chars;
    for (const other of [...this.cases.keys()]) {
      if (chars <= this.limits.maxChars || other === caseId) continue;
      for (const e of this.cases.get(other)!.values()) chars -= e.chars;
      this.cases.delete(other);
    }
    const docs = this.cases.get(caseId)!;
    for (const [id, e] of [...docs]) {
      if (chars <= this.limits.maxChars) break;
      if (id === documentId) continue;
      docs.delete(id);
      chars -= e.chars;
    }
  }
}
