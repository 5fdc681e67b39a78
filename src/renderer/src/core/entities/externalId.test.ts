import { describe, expect, it } from 'vitest';
import { externalIdProblem } from './externalId';

describe('externalIdProblem', () => {
  it('accepts nothing, absolute http(s) IRIs and URNs', () => {
    for (const ok of [
      '',
      '   ',
      'https://www.wikidata.org/wiki/Q42',
      'http://www.wikidata.org/entity/Q42',
      ' https://example.org/agencies/bis ',
      'https://de.wikipedia.org/wiki/Bundesministerium_für_Wirtschaft',
      'urn:isbn:0451450523',
      'URN:lex:eu:council:regulation:2021-05-20;821',
    ])
      expect(externalIdProblem(ok), ok).toBeUndefined();
  });

  it('refuses relative or other-scheme addresses, spaces and malformed URNs', () => {
    for (const bad of [
      'Q42',
      'www.wikidata.org/wiki/Q42',
      'ftp://example.org/x',
      'mailto:someone@example.org',
      'javascript:alert(1)',
      'https:example.org',
      'https://example.org/a b',
      'urn:x:1',
      'urn:isbn',
      'urn:-bad:1',
    ])
      expect(externalIdProblem(bad), bad).toBeTypeOf('string');
  });
});
