/**
 * Where a document mentions an entity: its name or an alias as whole words, ignoring case and how
 * the words were broken across lines. Used to point at documents with no linked clause yet.
 */
import { nameKey } from './entityNames';

export interface Mention {
  /** 0-based page of the first mention. */
  pageIndex: number;
  /** The words as the page prints them, spaces collapsed (what the reader's find looks for). */
  text: string;
  /** The entity's name or alias that matched. */
  name: string;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a name: its words in order, any run of spaces or line breaks between them. */
export function mentionPattern(name: string): RegExp | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean);
  // A one-letter name ("X") would be found in every document; it says nothing.
  if (words.length === 0 || nameKey(name).replace(/\s/g, '').length < 2) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegex).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The first page of `pageTexts` that mentions one of `names` (the earliest page wins; on one page,
 * the earliest name of `names`); undefined when none does. Invariant: `text` is found on that page
 * by the same pattern, whitespace aside.
 */
export function firstMention(pageTexts: readonly string[], names: readonly string[]): Mention | undefined {
  const patterns = names.flatMap((name) => {
    const pattern = mentionPattern(name);
    return pattern ? [{ name, pattern }] : [];
  });
  if (patterns.length === 0) return undefined;
  for (let pageIndex = 0; pageIndex < pageTexts.length; pageIndex++) {
    const page = pageTexts[pageIndex] ?? '';
    for (const { name, pattern } of patterns) {
      const found = pattern.exec(page);
      if (found) return { pageIndex, text: found[0].replace(/\s+/g, ' '), name };
    }
  }
  return undefined;
}
