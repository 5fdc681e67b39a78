/**
 * The panel at the right of the matrix: the focused cell's detail and, below it, the comparison's
 * chart ("Cells by status per regime"). It can be folded away to give the matrix the width.
 */
import { useState, type ReactNode } from 'react';

export function CompareAside({ children, chart }: { children: ReactNode; chart?: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <aside className={`compare-aside${open ? '' : ' folded'}`} aria-label="Comparison detail">
      <button
        type="button"
        className="aside-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title={open ? 'Fold the panel away' : 'Show the panel'}
      >
        {open ? 'Hide panel ›' : '‹ Panel'}
      </button>
      {open && (
        <>
          <div className="aside-section">{children}</div>
          {/* The comparison's status chart (ComparisonChart, issue 7/7 part 6): it draws its own frame. */}
          {chart && <div className="compare-chart-slot">{chart}</div>}
        </>
      )}
    </aside>
  );
}
