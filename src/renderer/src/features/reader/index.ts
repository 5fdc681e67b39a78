export { ReaderArea } from './ReaderArea';
export { READER_SHORTCUTS } from './shortcuts';
