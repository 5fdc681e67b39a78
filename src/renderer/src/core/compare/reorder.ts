/**
 * New orders for "Move left/right" (regimes) and "Move up/down" (questions). Pure: the view writes
 * the order returned through db/comparisonsRepo.ts reorder().
 */
import type { Dimension } from '../types';
import { displayOrder } from './matrixRows';

/**
 * Moves regime `id` past its nearest shown neighbour on one side (hidden regimes are hopped over,
 * as the user cannot see them). Returns every regime id in the new order, or undefined when the
 * regime is already first (or last) among the shown ones. Invariant: the result is a permutation
 * of `allIds`.
 */
export function moveRegime(allIds: readonly string[], shownIds: readonly string[], id: string, direction: -1 | 1): string[] | undefined {
  const shown = allIds.filter((r) => shownIds.includes(r));
  const at = shown.indexOf(id);
  const neighbour = shown[at + direction];
  if (at < 0 || neighbour === undefined) return undefined;
  const rest = allIds.filter((r) => r !== id);
  const target = rest.indexOf(neighbour);
  rest.splice(direction < 0 ? target : target + 1, 0, id);
  return rest;
}

/**
 * Moves question `id` one place up or down within its group (groups stay contiguous). Returns
 * every dimension id in the new display order, or undefined at the group's edge.
 */
export function moveDimension(dimensions: readonly Dimension[], id: string, direction: -1 | 1): string[] | undefined {
  const ordered = displayOrder(dimensions);
  const at = ordered.findIndex((d) => d.id === id);
  const neighbour = ordered[at + direction];
  if (at < 0 || !neighbour || neighbour.group.trim() !== ordered[at]!.group.trim()) return undefined;
  const ids = ordered.map((d) => d.id);
  [ids[at], ids[at + direction]] = [ids[at + direction]!, ids[at]!];
  return ids;
}
