import { useEffect, useId, useState, type RefObject } from 'react';
import { describePageLabel, resolvePageQuery, type PageLabels, type PageMatch } from '../../core/pageQuery';
import { MatchingPages } from './MatchingPages';

/**
 * The Page field: shows the current page's index with its printed name beside it ("2 of 3
 * (90 FR 35394)") and takes an index, a printed page, "90 FR 35394" or "slip op. at 5". When an
 * entry fits several pages it goes to the first and lists them all under "Matching pages".
 */
export function PageField({
  inputRef,
  pageNumber,
  pageCount,
  labels,
  onGo,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  pageNumber: number;
  pageCount: number;
  labels: PageLabels;
  onGo(pageNumber: number): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [matches, setMatches] = useState<PageMatch[] | null>(null);
  const [notFound, setNotFound] = useState('');
  const listId = useId();
  const hintId = useId();
  const printed = describePageLabel(labels, pageNumber - 1);
  // Moving on to a page the list does not offer (Next page, a thumbnail) closes it.
  useEffect(() => {
    setMatches((m) => (m && !m.some((x) => x.pageNumber === pageNumber) ? null : m));
  }, [pageNumber]);

  const submit = () => {
    // The field's own value: Enter on the shown page number (unchanged, so no draft) still counts.
    const query = (inputRef.current?.value ?? draft ?? '').trim();
    setDraft(null);
    if (!query) return;
    const found = resolvePageQuery(query, labels, pageCount);
    const first = found[0];
    if (!first) {
      setMatches(null);
      setNotFound(`No page “${query}” in this document.`);
      return;
    }
    setNotFound('');
    setMatches(found.length > 1 ? found : null);
    onGo(first.pageNumber);
  };

  return (
    <form
      className="page-field"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="field inline">
        Page
        <input
          ref={inputRef}
          value={draft ?? String(pageNumber)}
          onChange={(e) => {
            setDraft(e.target.value);
            setNotFound('');
          }}
          onFocus={(e) => e.target.select()}
          onBlur={() => setDraft(null)}
          size={6}
          autoComplete="off"
          aria-describedby={hintId}
          aria-controls={matches ? listId : undefined}
          title="A page number, a printed page (35394, 90 FR 35394, slip op. at 5, xiv), or #n for the nth page"
        />
      </label>
      <span id={hintId} className="page-of">
        of {pageCount}
        {printed && <span className="printed-label"> ({printed})</span>}
      </span>
      {notFound && (
        <span role="alert" className="error page-not-found">
          {notFound}
        </span>
      )}
      {matches && (
        <MatchingPages
          id={listId}
          matches={matches}
          current={pageNumber}
          onPick={(n) => onGo(n)}
          onClose={() => {
            setMatches(null);
            inputRef.current?.focus();
          }}
        />
      )}
    </form>
  );
}
