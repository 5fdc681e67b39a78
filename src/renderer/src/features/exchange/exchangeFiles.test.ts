import { describe, expect, it } from 'vitest';
import { BundleError, type BundleErrorCode } from '../../core/exchange/bundleError';
import { migrateManifest } from '../../core/exchange/migrations';
import { failureMessage } from './exchangeFiles';

/** Words that tell the analyst what to do next. */
const NEXT_STEP = /try again|Choose|ask for|Update Clausebench|Use “Import bundle”|export it again/i;

describe('failureMessage', () => {
  const shown: BundleErrorCode[] = [
    'not-a-zip',
    'truncated',
    'unsafe-path',
    'duplicate-entry',
    'too-many-entries',
    'too-large',
    'bad-manifest',
    'missing-file',
    'hash-mismatch',
    'missing-reference',
  ];

  it.each(shown)('names the file, says nothing changed and what to do next: %s', (code) => {
    const message = failureMessage('case.clausebench', 'imported', new BundleError(code, 'It is wrong.'));
    expect(message.startsWith('“case.clausebench” could not be imported: It is wrong. Nothing was changed. ')).toBe(true);
    expect(message.slice(message.indexOf('Nothing was changed.'))).toMatch(NEXT_STEP);
  });

  it('refused versions say what to do in their own words', () => {
    for (const version of [2, 0]) {
      let error: unknown;
      try {
        migrateManifest({ format: 'clausebench-bundle', formatVersion: version });
      } catch (e) {
        error = e;
      }
      expect(failureMessage('x.clausebench', 'restored', error)).toMatch(NEXT_STEP);
    }
  });

  it('an unexpected error still says nothing changed and what to try', () => {
    expect(failureMessage('b.clausebench-backup', 'restored', new Error('Disk I/O failed.'))).toBe(
      '“b.clausebench-backup” could not be restored: Disk I/O failed. Nothing was changed. Try again; if it fails again, restart Clausebench and try once more.',
    );
  });
});
