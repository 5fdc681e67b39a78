export { installSampleCase, resetSampleCase, warnSampleClauseFailures, type SampleClauseReport, type SampleProgress } from './installSample';
