export { EntitiesView, ENTITIES_START, type EntitiesPlace, type EntitiesViewProps } from './EntitiesView';
