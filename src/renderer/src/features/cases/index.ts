export { CaseSwitcher } from './CaseSwitcher';
export { CaseNameDialog } from './CaseNameDialog';
