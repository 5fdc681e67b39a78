export { LibraryView } from './LibraryView';
export { useImport, type ImportState } from './useImport';
export { importFile, type FileOutcome } from './importFile';
export { VersionReportDialog, type VersionImport } from './VersionReportDialog';
