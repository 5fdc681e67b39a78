/**
 * Documents of a case that name an entity (its name or an alias) but hold none of its linked
 * clauses yet: where the analyst may still have clauses to mark. Read from the stored page text.
 */
import { firstMention, type Mention } from '../../core/entities/mentions';
import { namesOf } from '../../core/entities/entityNames';
import type { DocumentRecord, Entity } from '../../core/types';
import { db } from '../../db/database';
import { getPageTextStrings, listDocuments } from '../../db/documentsRepo';
import { useLiveQuery } from '../../db/live';

export interface UnlinkedMention {
  doc: DocumentRecord;
  mention: Mention;
}

export function useUnlinkedMentions(entity: Entity | undefined, linkedDocumentIds: ReadonlySet<string>): UnlinkedMention[] | undefined {
  const names = entity ? namesOf(entity) : [];
  const skip = [...linkedDocumentIds].sort();
  return useLiveQuery(
    async () => {
      if (!entity) return [];
      const found: UnlinkedMention[] = [];
      const docs = (await listDocuments(db(), entity.caseId)).filter((d) => !linkedDocumentIds.has(d.id));
      for (const doc of docs.sort((a, b) => a.title.localeCompare(b.title))) {
        const mention = firstMention(await getPageTextStrings(db(), doc.id, doc.pageCount), names);
        if (mention) found.push({ doc, mention });
      }
      return found;
    },
    // The names and the skipped documents by value: new arrays each render must not re-read every page.
    [entity?.caseId, names.join('\n'), skip.join(' ')],
  );
}
