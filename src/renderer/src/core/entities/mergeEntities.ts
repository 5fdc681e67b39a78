/**
 * Merging two entities of one case into one: the kept entity takes the other's names,
 * description and identifier where it has none, and every link of both, so no link is lost.
 */
import type { Entity, Link } from '../types';
import { cleanAliases } from './entityNames';

export interface MergePlan {
  /** The kept entity as it is after the merge. */
  entity: Entity;
  /** Links of the absorbed entity, re-pointed at the kept one (new updatedAt). */
  moved: Link[];
  /**
   * Links of the absorbed entity dropped because the kept one already has a link to the same
   * clause in the same role; their notes are joined into that link (in `notesJoined`).
   */
  folded: Link[];
  /** The kept entity's links whose note took in a folded link's note. */
  notesJoined: Link[];
}

function joinText(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (!y || x === y) return x;
  if (!x) return y;
  return `${x}\n\n${y}`;
}

/**
 * Plans the merge of `absorbed` into `kept`. `links` holds every link of either entity (others
 * are ignored). Invariant: for every link of either, the result has a link from the same clause to
 * `kept` in the same role, and every note survives; `absorbed` is to be deleted afterwards.
 * Throws when the two are the same entity or belong to different cases.
 */
export function planEntityMerge(kept: Entity, absorbed: Entity, links: readonly Link[], now: Date = new Date()): MergePlan {
  if (kept.id === absorbed.id) throw new Error('An entity cannot be merged with itself.');
  if (kept.caseId !== absorbed.caseId) throw new Error('Only entities of the same case can be merged.');
  const at = now.toISOString();
  const entity: Entity = {
    ...kept,
    aliases: cleanAliases(kept.name, [...kept.aliases, absorbed.name, ...absorbed.aliases]),
    description: joinText(kept.description, absorbed.description),
    externalId: kept.externalId || absorbed.externalId,
    updatedAt: at,
  };
  if (!entity.externalId) delete entity.externalId;
  const keptLinks = new Map(links.filter((l) => l.entityId === kept.id).map((l) => [`${l.clauseId} ${l.role}`, { ...l }]));
  const joined = new Set<string>();
  const moved: Link[] = [];
  const folded: Link[] = [];
  for (const link of links.filter((l) => l.entityId === absorbed.id)) {
    const key = `${link.clauseId} ${link.role}`;
    const twin = keptLinks.get(key);
    if (twin) {
      folded.push(link);
      const note = joinText(twin.note, link.note);
      if (note !== twin.note) {
        twin.note = note;
        twin.updatedAt = at;
        joined.add(key);
      }
    } else {
      const movedLink = { ...link, entityId: kept.id, updatedAt: at };
      moved.push(movedLink);
      keptLinks.set(key, movedLink);
    }
  }
  const notesJoined = [...joined].map((key) => keptLinks.get(key)!);
  return { entity, moved, folded, notesJoined };
}
