/**
 * Helpers for the metadata proposal tests: page text as buildPageText makes it, and a proposal
 * checked for shape (every field a string, a known kind, an ISO date or nothing).
 */
import { expect } from 'vitest';
import { proposeMetadata, type MetadataInput } from '../../src/renderer/src/core/metadata';
import { DOCUMENT_KINDS, type DocumentMetadata } from '../../src/renderer/src/core/types';

/** Page text as buildPageText produces it: one line per text line. */
export const page = (...lines: string[]): string => `${lines.join('\n')}\n`;

export function propose(pageTexts: string[], extra: Partial<MetadataInput> = {}): DocumentMetadata {
  const result = proposeMetadata({ fileName: 'upload.pdf', info: {}, pageTexts, ...extra });
  expectWellFormed(result);
  return result;
}

export function expectWellFormed(m: DocumentMetadata): void {
  for (const key of ['title', 'kind', 'issuer', 'date', 'citation', 'jurisdiction'] as const) {
    expect(typeof m[key], key).toBe('string');
  }
  expect(DOCUMENT_KINDS).toContain(m.kind);
  expect(m.date).toMatch(/^(?:\d{4}-\d{2}-\d{2})?$/);
}
