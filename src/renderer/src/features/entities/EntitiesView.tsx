/**
 * The Entities view: the case's cast of characters (list and each entity's page), suggestions
 * found in the documents, the relationship map and the chronology, as tabs of one view.
 */
import type { EntitiesContext } from './entitiesContext';
import { EntityListTab } from './EntityListTab';
import { SuggestionsTab } from './SuggestionsTab';
import { RelationshipMapTab } from './RelationshipMapTab';
import { ChronologyTab } from './ChronologyTab';
import './entities.css';

export type EntitiesTab = 'list' | 'suggestions' | 'map' | 'chronology';

const TABS: readonly { id: EntitiesTab; label: string }[] = [
  { id: 'list', label: 'List' },
  { id: 'suggestions', label: 'Suggestions' },
  { id: 'map', label: 'Map' },
  { id: 'chronology', label: 'Chronology' },
];

/** Where the Entities view is: its tab, and the entity whose page the List tab shows (if any). */
export interface EntitiesPlace {
  tab: EntitiesTab;
  entityId: string | null;
}

export const ENTITIES_START: EntitiesPlace = { tab: 'list', entityId: null };

export interface EntitiesViewProps extends Omit<EntitiesContext, 'openEntity'> {
  /**
   * Kept by the workspace, so a trip to the reader (a linked clause opened) comes back to the
   * same tab and entity page, and a search hit can open an entity's page.
   */
  place: EntitiesPlace;
  onPlace(place: EntitiesPlace): void;
}

export function EntitiesView(props: EntitiesViewProps) {
  const { place, onPlace } = props;
  const { tab, entityId } = place;
  const setTab = (next: EntitiesTab) => onPlace({ ...place, tab: next });
  const context: EntitiesContext = {
    ...props,
    openEntity: (id) => onPlace({ tab: 'list', entityId: id }),
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`entities-tab-${next.id}`)?.focus();
  };
  return (
    <section className="entities-view" aria-label={`Entities of ${props.caseName}`}>
      <div role="tablist" aria-label="Entities views" className="entities-tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`entities-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`entities-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`entities-panel-${tab}`} aria-labelledby={`entities-tab-${tab}`} className="entities-panel">
        {tab === 'list' && <EntityListTab context={context} entityId={entityId} onCloseEntity={() => onPlace({ tab: 'list', entityId: null })} />}
        {tab === 'suggestions' && <SuggestionsTab context={context} />}
        {tab === 'map' && <RelationshipMapTab context={context} />}
        {tab === 'chronology' && <ChronologyTab context={context} />}
      </div>
    </section>
  );
}
