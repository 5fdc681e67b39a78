/**
 * Links in a PDF never navigate the app: pdf.js renders them as <a> elements (its link service
 * has no target), and this listener catches activation of any that leave the document (http(s),
 * mailto, autolinked URLs in the text) and hands the URL to the app, which asks before opening.
 * Internal links (href "#...") are left to pdf.js's own handler, which scrolls to the destination.
 */
export function interceptExternalLinks(container: HTMLElement, onExternal: (url: string) => void, signal: AbortSignal): void {
  const handler = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || !container.contains(anchor)) return;
    const href = anchor.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#')) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'click' || (event.type === 'auxclick' && event.button === 1)) onExternal(anchor.href);
  };
  container.addEventListener('click', handler, { capture: true, signal });
  container.addEventListener('auxclick', handler, { capture: true, signal });
}
