export {
  installSampleCase,
  resetSampleCase,
  warnSampleClauseFailures,
  type SampleClauseReport,
  type SampleComparisonReport,
  type SampleEntityReport,
  type SampleProgress,
} from './installSample';
