/**
 * The Entities view: the case's cast of characters (list and each entity's page), suggestions
 * found in the documents, the relationship map and the chronology, as tabs of one view.
 */
import { useState } from 'react';
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

export interface EntitiesViewProps extends Omit<EntitiesContext, 'openEntity'> {
  /** Bumped by the workspace to show a given entity's page (e.g. from search). */
  showEntity?: { entityId: string };
}

export function EntitiesView(props: EntitiesViewProps) {
  const [tab, setTab] = useState<EntitiesTab>('list');
  const [entityId, setEntityId] = useState<string | null>(null);
  const [shown, setShown] = useState(props.showEntity);
  if (props.showEntity !== shown) {
    // A request from outside (render-time state adjustment, not an effect: no flash of the list).
    setShown(props.showEntity);
    if (props.showEntity) {
      setEntityId(props.showEntity.entityId);
      setTab('list');
    }
  }
  const context: EntitiesContext = {
    ...props,
    openEntity: (id) => {
      setEntityId(id);
      setTab('list');
    },
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
        {tab === 'list' && <EntityListTab context={context} entityId={entityId} onCloseEntity={() => setEntityId(null)} />}
        {tab === 'suggestions' && <SuggestionsTab context={context} />}
        {tab === 'map' && <RelationshipMapTab context={context} />}
        {tab === 'chronology' && <ChronologyTab context={context} />}
      </div>
    </section>
  );
}
