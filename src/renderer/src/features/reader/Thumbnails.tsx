import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { describePage, type PageLabels } from '../../core/pageQuery';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import { ThumbnailRenderer } from '../../pdf/thumbnails';

const WIDTH = 120;

type Thumb = string | { error: string };

/**
 * Page thumbnails, drawn only when scrolled into view (IntersectionObserver), each a button that
 * goes to its page. Only the current page's button is in the tab order; ↑/↓ move between them.
 */
export function Thumbnails({
  pdf,
  labels,
  pageNumber,
  rotation,
  onGo,
}: {
  pdf: PDFDocumentProxy;
  labels: PageLabels;
  pageNumber: number;
  rotation: number;
  onGo(n: number): void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const [thumbs, setThumbs] = useState<Record<number, Thumb>>({});
  const [ratio, setRatio] = useState(11 / 8.5);

  useEffect(() => {
    let cancelled = false;
    void pdf.getPage(1).then(
      (p) => {
        const v = p.getViewport({ scale: 1, rotation: p.rotate + rotation });
        if (!cancelled) setRatio(v.height / v.width);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [pdf, rotation]);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const renderer = new ThumbnailRenderer(pdf, WIDTH, rotation);
    let closed = false;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const n = Number((entry.target as HTMLElement).dataset.page);
          if (!entry.isIntersecting) {
            renderer.forget(n);
            continue;
          }
          renderer.request(n).then(
            (url) => !closed && setThumbs((t) => (t[n] === url ? t : { ...t, [n]: url })),
            (e: unknown) => {
              if (closed || (e instanceof DOMException && e.name === 'AbortError')) return;
              setThumbs((t) => ({ ...t, [n]: { error: e instanceof Error ? e.message : String(e) } }));
            },
          );
        }
      },
      { root: list.parentElement, rootMargin: '300px 0px' },
    );
    for (const el of list.querySelectorAll('[data-page]')) observer.observe(el);
    return () => {
      closed = true;
      observer.disconnect();
      renderer.destroy();
      setThumbs({});
    };
  }, [pdf, rotation]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-page="${pageNumber}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [pageNumber]);

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const from = Number((e.target as HTMLElement).closest<HTMLElement>('[data-page]')?.dataset.page ?? pageNumber);
    const to = Math.min(Math.max(1, from + step), pdf.numPages);
    listRef.current?.querySelector<HTMLElement>(`[data-page="${to}"] button`)?.focus();
  };

  return (
    <ol ref={listRef} className="thumbnails" aria-label="Page thumbnails" onKeyDown={onKeyDown}>
      {Array.from({ length: pdf.numPages }, (_, i) => i + 1).map((n) => (
        <ThumbnailItem key={n} n={n} name={describePage(labels, n)} thumb={thumbs[n]} ratio={ratio} current={n === pageNumber} onGo={onGo} />
      ))}
    </ol>
  );
}

const ThumbnailItem = memo(function ThumbnailItem({
  n,
  name,
  thumb,
  ratio,
  current,
  onGo,
}: {
  n: number;
  name: string;
  thumb: Thumb | undefined;
  ratio: number;
  current: boolean;
  onGo(n: number): void;
}) {
  return (
    <li data-page={n}>
      <button type="button" tabIndex={current ? 0 : -1} aria-current={current ? 'page' : undefined} onClick={() => onGo(n)}>
        <span className="thumb-frame" style={typeof thumb === 'string' ? undefined : { height: Math.round(WIDTH * ratio) }}>
          {typeof thumb === 'string' ? <img src={thumb} alt="" width={WIDTH} /> : thumb ? <span className="thumb-error">Not available</span> : null}
        </span>
        <span className="thumb-label">{name}</span>
      </button>
    </li>
  );
});
