import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PageMatch } from '../../core/pageQuery';

/**
 * A small listbox of the pages a Page-field entry could mean ("3" in a slip opinion numbers a
 * syllabus page and an opinion page). Arrow keys move, Enter or a click goes, Escape closes.
 */
export function MatchingPages({
  id,
  matches,
  current,
  onPick,
  onClose,
}: {
  id: string;
  matches: PageMatch[];
  current: number;
  onPick(pageNumber: number): void;
  onClose(): void;
}) {
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      matches.findIndex((m) => m.pageNumber === current),
    ),
  );
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = matches.length - 1;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(last, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if (e.key === 'Enter' || e.key === ' ') {
      const match = matches[active];
      if (match) onPick(match.pageNumber);
    } else if (e.key === 'Escape') onClose();
    else return;
    // Handled here: keep the reader's and the workspace's shortcuts (Escape closes the document) out.
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="matching-pages">
      <ul ref={ref} id={id} role="listbox" aria-label="Matching pages" tabIndex={0} aria-activedescendant={`${id}-${active}`} onKeyDown={onKeyDown}>
        {matches.map((m, i) => (
          <li
            key={m.pageNumber}
            id={`${id}-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === active}
            className={m.pageNumber === current ? 'current' : undefined}
            onClick={() => {
              setActive(i);
              onPick(m.pageNumber);
            }}
          >
            {m.description}
          </li>
        ))}
      </ul>
      <button type="button" className="matching-close" aria-label="Close matching pages" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
