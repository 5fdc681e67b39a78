export {
  installSampleCase,
  resetSampleCase,
  warnSampleClauseFailures,
  type SampleClauseReport,
  type SampleEntityReport,
  type SampleProgress,
} from './installSample';
