export { CompareView } from './CompareView';
export type { CompareContext } from './compareContext';
export { EvidencePicker, type EvidencePickerProps } from './EvidencePicker';
export { UseAsEvidenceDialog, type UseAsEvidenceDialogProps } from './UseAsEvidenceDialog';
export { ClauseDiffButton, ClauseDiffDialog } from './ClauseDiffDialog';
export { ExportComparisonDialog } from './ExportComparisonDialog';
export type { ComparisonExportFormat } from './exportComparison';
