/**
 * Live queries for features and app/. Only db/ imports Dexie (DESIGN.md), so the reactive hook
 * they read IndexedDB through is re-exported from here rather than imported from Dexie itself.
 */
export { useLiveQuery } from 'dexie-react-hooks';
