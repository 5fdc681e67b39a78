/**
 * Where a document names an entity, for the entity page's list of documents that mention it with
 * no linked clause yet. Found by the matcher the Suggestions tab uses (knownMatcher): a name or
 * alias word by word by nameKey ("U.S." = "US", "Legion's" = "Legion"), across line breaks, with
 * a capital where the name has one, never by a generic head alone ("the Order"). So the page and
 * the tab agree on which documents name the entity.
 */
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../documentText';
import { buildKnownIndex, matchKnown, type KnownEntity } from './knownMatcher';
import { tokenizeDocument, type Token } from './suggestionTokens';

export interface Mention {
  /** 0-based page of the first mention. */
  pageIndex: number;
  /** The words as the page prints them, spaces collapsed (what the reader's find looks for). */
  text: string;
}

/** A document's text as the matcher reads it (a DocumentScan of suggestEntities has these). */
export interface MentionText {
  /** The document text (core/documentText.ts). */
  text: string;
  tokens: readonly Token[];
  pageStarts: readonly number[];
}

/** The text, tokens and page starts of a document's page texts. */
export function mentionText(pageTexts: readonly string[]): MentionText {
  return { text: joinDocumentText(pageTexts), tokens: tokenizeDocument(pageTexts).tokens, pageStarts: pageStartOffsets(pageTexts) };
}

/**
 * The first place `doc` names `entity` (its name or an alias); undefined when it does not.
 * Invariant: the same places suggestEntities reports for the entity as known, the first of them.
 */
export function firstMentionIn(doc: MentionText, entity: KnownEntity): Mention | undefined {
  const first = matchKnown(doc.text, doc.tokens, buildKnownIndex([entity]))[0];
  if (!first) return undefined;
  return { pageIndex: pageIndexAtOffset(doc.pageStarts, first.start), text: doc.text.slice(first.start, first.end).replace(/\s+/g, ' ') };
}

/** firstMentionIn over a document's page texts, in page order. */
export function firstMention(pageTexts: readonly string[], entity: KnownEntity): Mention | undefined {
  return firstMentionIn(mentionText(pageTexts), entity);
}
