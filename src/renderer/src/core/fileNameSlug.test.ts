import { describe, expect, it } from 'vitest';
import { fileNameSlug } from './fileNameSlug';

describe('fileNameSlug', () => {
  it('drops accents and joins words with single hyphens', () => {
    expect(fileNameSlug('Légion v. Commerce (sample)', 'case')).toBe('legion-v-commerce-sample');
  });
  it('falls back when nothing is left, and stays within 60 characters without a trailing hyphen', () => {
    expect(fileNameSlug('***', 'case')).toBe('case');
    const long = fileNameSlug(`${'a'.repeat(59)} b`, 'case');
    expect(long).toBe('a'.repeat(59));
  });
});
