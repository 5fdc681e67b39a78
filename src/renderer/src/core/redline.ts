/**
 * What changed between two versions of a document's text, word by word, for the redline view.
 * Long unchanged stretches are folded to their first and last words, so the changes of a long
 * document fit on a screen.
 *
 * Invariants: pure; concatenating every segment's text (folded ones by their `text`, which keeps
 * both ends) in order reads as the new version with removals shown; "same" segments that are
 * folded carry how many words were left out.
 */
import { diffWords } from 'diff';

export interface RedlineSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** Words left out of a folded unchanged stretch. */
  folded?: number;
}

export interface Redline {
  segments: RedlineSegment[];
  added: number;
  removed: number;
}

/** Words kept on each side of a change. */
const CONTEXT_WORDS = 12;

function fold(text: string): RedlineSegment {
  const words = text.split(/(\s+)/);
  const wordCount = words.filter((w) => w.trim()).length;
  if (wordCount <= CONTEXT_WORDS * 2 + 4) return { kind: 'same', text };
  const head = words.slice(0, CONTEXT_WORDS * 2).join('');
  const tail = words.slice(-CONTEXT_WORDS * 2).join('');
  return { kind: 'same', text: `${head} … ${tail}`, folded: wordCount - CONTEXT_WORDS * 2 };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The word changes from `before` to `after` (both clean texts: whitespace folded), or null when
 * they could not be worked out within `timeoutMs` (two very different long texts).
 */
export function redline(before: string, after: string, timeoutMs = 3000): Redline | null {
  const parts = diffWords(before, after, { timeout: timeoutMs });
  if (!parts) return null;
  let added = 0;
  let removed = 0;
  const segments = parts.map((p): RedlineSegment => {
    if (p.added) {
      added += countWords(p.value);
      return { kind: 'added', text: p.value };
    }
    if (p.removed) {
      removed += countWords(p.value);
      return { kind: 'removed', text: p.value };
    }
    return fold(p.value);
  });
  return { segments, added, removed };
}
