import type { Clause } from '../../core/types';

/** What the Compare view is given by the workspace. */
export interface CompareContext {
  /** The workspace's case; undefined when it shows all cases (comparisons belong to one case). */
  caseId: string | undefined;
  caseName: string;
  profile: string;
  /** Opens the reader on a clause's highlight (an evidence chip clicked). */
  openClause(clause: Clause): void;
}
