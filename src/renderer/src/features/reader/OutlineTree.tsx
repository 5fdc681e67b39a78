import type { OutlineNode } from '../../pdf/outline';

/** The document's bookmarks as nested lists of buttons; a click goes to the destination. */
export function OutlineTree({ items, onGo, onLink }: { items: OutlineNode[]; onGo(dest: unknown): void; onLink(url: string): void }) {
  if (items.length === 0) return <p className="empty">This document has no outline.</p>;
  return <OutlineList items={items} onGo={onGo} onLink={onLink} label="Outline" />;
}

function OutlineList({ items, onGo, onLink, label }: { items: OutlineNode[]; onGo(dest: unknown): void; onLink(url: string): void; label?: string }) {
  return (
    <ul className="outline" aria-label={label}>
      {items.map((item, i) => (
        <li key={i}>
          <button
            type="button"
            className="link"
            disabled={!item.dest && !item.url}
            onClick={() => (item.dest ? onGo(item.dest) : item.url ? onLink(item.url) : undefined)}
          >
            {item.title}
          </button>
          {item.items.length > 0 && <OutlineList items={item.items} onGo={onGo} onLink={onLink} />}
        </li>
      ))}
    </ul>
  );
}
