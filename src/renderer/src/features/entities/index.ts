export { EntitiesView, type EntitiesViewProps } from './EntitiesView';
