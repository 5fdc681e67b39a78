export { SearchView, type SearchViewProps } from './SearchView';
export type { SearchHit } from '../../core/search/runSearch';
