import type { EntitiesContext } from './entitiesContext';

/** Placeholder until this tab is built. */
export function EntityListTab(_props: { context: EntitiesContext; entityId: string | null; onCloseEntity(): void }) {
  return <p>Not built yet.</p>;
}
