import { BUILT_IN_CLAUSE_TYPES } from '../../core/clauseTypes';
import type { SearchFilters, SearchWithin } from '../../core/search/query';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../core/types';

export interface FilterControls {
  kind: string;
  clauseType: string;
  tag: string;
  from: string;
  to: string;
  within: SearchWithin;
  exact: boolean;
}

export const NO_CONTROLS: FilterControls = { kind: '', clauseType: '', tag: '', from: '', to: '', within: 'all', exact: false };

/** The controls as the structured filters runSearch takes (the query's own key:value words are added to them). */
export function controlsToFilters(c: FilterControls): Partial<SearchFilters> {
  return {
    kinds: c.kind ? [c.kind] : [],
    clauseTypes: c.clauseType ? [c.clauseType] : [],
    tags: c.tag.trim() ? [c.tag.trim()] : [],
    ...(c.from ? { from: c.from } : {}),
    ...(c.to ? { to: c.to } : {}),
    within: c.within,
  };
}

/** Filters beside the search box: document kind, dates, clause type and tag, where to search, exact words. */
export function SearchFiltersBar({ value, onChange }: { value: FilterControls; onChange(next: FilterControls): void }) {
  const set = (patch: Partial<FilterControls>) => onChange({ ...value, ...patch });
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      <label className="field inline">
        Search in
        <select value={value.within} onChange={(e) => set({ within: e.target.value as SearchWithin })}>
          <option value="all">Texts, clauses and entities</option>
          <option value="pages">Document texts</option>
          <option value="clauses">Clauses</option>
          <option value="entities">Entities</option>
        </select>
      </label>
      <label className="field inline">
        Document kind
        <select value={value.kind} onChange={(e) => set({ kind: e.target.value })}>
          <option value="">Any kind</option>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {DOCUMENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        Dated from
        <input type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="field inline">
        to
        <input type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="field inline">
        Clause type
        <select value={value.clauseType} onChange={(e) => set({ clauseType: e.target.value })}>
          <option value="">Any type</option>
          {BUILT_IN_CLAUSE_TYPES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        Tag
        <input type="text" size={14} value={value.tag} onChange={(e) => set({ tag: e.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={value.exact} onChange={(e) => set({ exact: e.target.checked })} />
        Exact words
      </label>
      {JSON.stringify(value) !== JSON.stringify(NO_CONTROLS) && (
        <button type="button" onClick={() => onChange(NO_CONTROLS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
