export { useExchange, type Exchange } from './useExchange';
export { ExportBundleDialog } from './ExportBundleDialog';
