import { ProgressBar } from '../ui/ProgressBar';
import type { SampleCaseState } from './useSampleCase';

/** While the sample case loads (first run, or after Reset): progress; on failure: what to do. */
export function SampleBanner({ state }: { state: SampleCaseState }) {
  if (!state.progress && !state.error) return null;
  return (
    <div className="sample-banner">
      {state.progress && (
        <ProgressBar
          label="Sample case progress"
          value={state.progress.done}
          max={state.progress.total}
          text={`Loading the sample case: ${state.progress.done} of ${state.progress.total} documents`}
        />
      )}
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
    </div>
  );
}
