export { LibraryView } from './LibraryView';
export { useImport, type ImportState } from './useImport';
