/**
 * Where the shared folder is (../shared beside the checkout, or CLAUSEBENCH_SHARED), and the one
 * rule every test that reads it follows: skip with a printed reason when it is missing, except
 * under CI, where a missing folder fails the suite.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.CLAUSEBENCH_SHARED ?? join(process.cwd(), '..', 'shared'));

const onCi = Boolean(process.env.CI) && !['false', '0'].includes((process.env.CI ?? '').toLowerCase());

/** True when every path (relative to the shared folder) exists; otherwise skips or, on CI, throws. */
export function sharedAvailable(suite: string, ...paths: string[]): boolean {
  const missing = paths.filter((p) => !existsSync(join(SHARED, p)));
  if (missing.length === 0) return true;
  if (onCi) throw new Error(`[${suite}] ${missing.join(', ')} missing under ${SHARED} (CI requires the shared folder; set CLAUSEBENCH_SHARED).`);
  console.log(`[${suite}] skipped: ${missing.join(', ')} not found under ${SHARED}; set CLAUSEBENCH_SHARED`);
  return false;
}
