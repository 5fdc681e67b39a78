export { ReaderArea } from './ReaderArea';
export type { RevealRequest } from './revealRequest';
