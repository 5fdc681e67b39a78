/**
 * The map's filters: a checkbox per entity type and per role the case's links have, each with how
 * many links it covers. The type boxes carry the type's colour, so they are the legend too.
 */
import { entityTypeLabel, linkRoleLabel } from '../../core/entities/entityKinds';
import type { EntityType, LinkRole } from '../../core/types';
import { DOCUMENT_BORDER, DOCUMENT_FILL, ENTITY_TYPE_COLOURS } from './mapStyle';

interface MapFiltersProps {
  typeCounts: ReadonlyMap<EntityType, number>;
  roleCounts: ReadonlyMap<LinkRole, number>;
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenRoles: ReadonlySet<LinkRole>;
  onToggleType(type: EntityType, shown: boolean): void;
  onToggleRole(role: LinkRole, shown: boolean): void;
}

export function MapFilters(props: MapFiltersProps) {
  return (
    <div className="map-filters">
      <fieldset>
        <legend>Entity types</legend>
        {[...props.typeCounts].map(([type, count]) => (
          <label key={type} className="check">
            <input type="checkbox" checked={!props.hiddenTypes.has(type)} onChange={(e) => props.onToggleType(type, e.target.checked)} />
            <span className="map-swatch" aria-hidden="true" style={{ background: ENTITY_TYPE_COLOURS[type] }} />
            {entityTypeLabel(type)}
            <span className="map-filter-count">({count === 1 ? '1 link' : `${count} links`})</span>
          </label>
        ))}
        <p className="map-legend-document">
          <span className="map-swatch map-swatch-document" aria-hidden="true" style={{ background: DOCUMENT_FILL, borderColor: DOCUMENT_BORDER }} />
          Document (rectangle)
        </p>
      </fieldset>
      <fieldset>
        <legend>Roles</legend>
        {[...props.roleCounts].map(([role, count]) => (
          <label key={role} className="check">
            <input type="checkbox" checked={!props.hiddenRoles.has(role)} onChange={(e) => props.onToggleRole(role, e.target.checked)} />
            {linkRoleLabel(role)}
            <span className="map-filter-count">({count === 1 ? '1 link' : `${count} links`})</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
