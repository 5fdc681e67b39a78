import type { EntitiesContext } from './entitiesContext';

/** Placeholder until this tab is built. */
export function RelationshipMapTab(_props: { context: EntitiesContext }) {
  return <p>Not built yet.</p>;
}
