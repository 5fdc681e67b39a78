import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
}

/**
 * A button that opens a menu (WAI-ARIA menu button pattern): arrows move between items,
 * Enter/Space choose, Escape closes and returns focus to the button.
 */
export function MenuButton({
  label,
  items,
  text,
  tabIndex,
}: {
  /** The button's accessible name and the menu's. */
  label: string;
  items: MenuItem[];
  /** What the button shows when it differs from its name (a "⋯" on a column header, say). */
  text?: string;
  /** -1 inside a grid, where the cell holding the button is the tab stop. */
  tabIndex?: number;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const choose = (item: MenuItem) => {
    setOpen(false);
    buttonRef.current?.focus();
    item.onSelect();
  };

  const onKey = (e: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((a) => (a >= last ? 0 : a + 1)),
      ArrowUp: () => setActive((a) => (a <= 0 ? last : a - 1)),
      Home: () => setActive(0),
      End: () => setActive(last),
      Escape: () => {
        setOpen(false);
        buttonRef.current?.focus();
      },
      Tab: () => setOpen(false),
    };
    const move = moves[e.key];
    if (move) {
      if (e.key !== 'Tab') e.preventDefault();
      move();
    }
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-label={text === undefined ? undefined : label}
        tabIndex={tabIndex}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setActive(0);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(0);
            setOpen(true);
          }
        }}
      >
        {text ?? label}
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={label} className="menu" onKeyDown={onKey}>
          {items.map((item, i) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              onClick={() => choose(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(item);
                }
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
