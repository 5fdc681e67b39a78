/**
 * Documents of a case that name an entity (its name or an alias) but hold none of its linked
 * clauses yet: where the analyst may still have clauses to mark. Found by the Suggestions tab's
 * matcher (core/entities/mentions.ts) over the documents' scans, which are kept per document
 * version (documentScans): linking a clause re-runs the match, not the reading and scanning.
 */
import { firstMentionIn, type Mention } from '../../core/entities/mentions';
import type { DocumentRecord, Entity } from '../../core/types';
import { db } from '../../db/database';
import { listDocuments } from '../../db/documentsRepo';
import { useLiveQuery } from '../../db/live';
import { documentScans, scanOf } from './documentScans';

export interface UnlinkedMention {
  doc: DocumentRecord;
  mention: Mention;
}

export function useUnlinkedMentions(entity: Entity | undefined, linkedDocumentIds: ReadonlySet<string>): UnlinkedMention[] | undefined {
  const skip = [...linkedDocumentIds].sort();
  const known = entity && { id: entity.id, name: entity.name, aliases: entity.aliases, type: entity.type };
  return useLiveQuery(
    async () => {
      if (!entity || !known) return [];
      const all = await listDocuments(db(), entity.caseId);
      documentScans.retain(
        entity.caseId,
        all.map((d) => d.id),
      );
      const found: UnlinkedMention[] = [];
      for (const doc of all.filter((d) => !linkedDocumentIds.has(d.id)).sort((a, b) => a.title.localeCompare(b.title))) {
        const mention = firstMentionIn(await scanOf(entity.caseId, doc), known);
        if (mention) found.push({ doc, mention });
      }
      return found;
    },
    // The names, type and skipped documents by value: new arrays each render must not re-run it.
    [entity?.caseId, entity?.id, entity?.type, [entity?.name, ...(entity?.aliases ?? [])].join('\n'), skip.join(' ')],
  );
}
