export { SimpleReader } from './SimpleReader';
