/**
 * Runs the W3C Web Annotation reference checker (shared/tools/w3c-annotation-check) on one
 * annotation, offline: the tool is copied to a temp folder with this project's node_modules
 * linked in (it needs only ajv, ajv-draft-04, ajv-formats, which are devDependencies).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHARED } from './sharedCorpus';

export { SHARED };

const SUITE = join(SHARED, 'w3c-annotation-model');
const TOOL = join(SHARED, 'tools', 'w3c-annotation-check');
export const W3C_AVAILABLE = existsSync(join(TOOL, 'run-jsontest.mjs')) && existsSync(join(SUITE, 'annotations', 'annotationMusts.test'));

export interface CheckResult {
  code: number;
  output: string;
}

/** Checks each annotation against every MUST assertion; one result per annotation. */
export async function checkAnnotations(annotations: readonly unknown[]): Promise<CheckResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'clausebench-w3c-'));
  try {
    cpSync(TOOL, join(work, 'tool'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(work, 'tool', 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
    const results: CheckResult[] = [];
    for (const [i, annotation] of annotations.entries()) {
      const file = join(work, `annotation-${i}.json`);
      writeFileSync(file, JSON.stringify(annotation));
      results.push(
        await new Promise<CheckResult>((done) => {
          const args = [join(work, 'tool', 'run-jsontest.mjs'), SUITE, join(SUITE, 'annotations', 'annotationMusts.test'), file];
          execFile(process.execPath, args, { timeout: 60_000, maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
            done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: stdout + stderr });
          });
        }),
      );
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
