import type { Case, DocumentRecord } from '../../core/types';

/** What the reader needs of the workspace for clause work. */
export interface ReaderScope {
  /** The current case; undefined when the workspace shows all cases. */
  caseId: string | undefined;
  cases: readonly Case[];
  /** The local profile name recorded on what the user makes. */
  profile: string;
  /** "Import as new version…" of this document (the workspace runs the import). */
  onNewVersion(doc: DocumentRecord): void;
}
