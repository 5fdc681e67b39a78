export { useExchange, type Exchange } from './useExchange';
export { exportWorkspaceBundle } from './exportBundle';
