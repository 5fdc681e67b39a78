import type { Clause } from '../../core/types';

/** What every part of the Entities view is given by the workspace. */
export interface EntitiesContext {
  /** The workspace's case; undefined when it shows all cases (nothing can be created then). */
  caseId: string | undefined;
  caseName: string;
  profile: string;
  /** Opens the reader on a clause's highlight. */
  openClause(clause: Clause): void;
  /** Opens the reader at a page (1-based) of a document, optionally finding `text` there. */
  openDocument(documentId: string, pageNumber?: number, text?: string): void;
  /** Shows an entity's page inside the Entities view. */
  openEntity(entityId: string): void;
}
