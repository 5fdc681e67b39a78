import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo, type MouseEvent } from 'react';

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer');
});

/** Markdown as HTML, sanitised (no scripts, styles, event handlers or foreign elements). */
export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  // SANITIZE_NAMED_PROPS: a comment's id or name cannot clobber the app's own element ids.
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'img', 'form', 'input'],
    FORBID_ATTR: ['style'],
    SANITIZE_NAMED_PROPS: true,
  });
}

/**
 * A user's Markdown (a clause comment), shown sanitised. A link in it never navigates the app:
 * the click goes to `onLink` (which asks before opening it outside), or nowhere.
 */
export function Markdown({ text, className, onLink }: { text: string; className?: string; onLink?: (href: string) => void }) {
  const html = useMemo(() => markdownToSafeHtml(text), [text]);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const link = (e.target as Element).closest('a[href]');
    if (!link) return;
    e.preventDefault();
    onLink?.(link.getAttribute('href') ?? '');
  };
  // Sanitised by DOMPurify above; this is the one place the app renders user HTML.
  return <div className={className ?? 'markdown'} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
