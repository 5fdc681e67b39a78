interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  text?: string;
}

/** A labelled progressbar (role and name are what tests and screen readers use). */
export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      {text && <span className="progress-text">{text}</span>}
    </div>
  );
}
