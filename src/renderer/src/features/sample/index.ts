export { installSampleCase, resetSampleCase, type SampleProgress } from './installSample';
