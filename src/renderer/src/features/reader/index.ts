export { ReaderArea } from './ReaderArea';
