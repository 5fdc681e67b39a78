/**
 * Where the shared corpus lives (../shared beside the checkout, or CLAUSEBENCH_SHARED), and its
 * MANIFEST. Corpus suites are required under CI=true and skipped with a printed reason elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The repository root is the working directory of npm scripts and Playwright.
export const SHARED = resolve(process.env.CLAUSEBENCH_SHARED ?? join(process.cwd(), '..', 'shared'));
export const PDFJS_DIR = join(SHARED, 'corpus', 'pdfjs');
export const LEGAL_DIR = join(SHARED, 'corpus', 'legal');

export function corpusAvailable(): boolean {
  const present = existsSync(join(PDFJS_DIR, 'MANIFEST.tsv')) && existsSync(LEGAL_DIR);
  if (!present && process.env.CI === 'true') {
    throw new Error(`The shared corpus is missing at ${SHARED} (CI=true requires it). Set CLAUSEBENCH_SHARED to its folder.`);
  }
  return present;
}

export const CORPUS_SKIP_REASON = `shared corpus not found at ${SHARED}; set CLAUSEBENCH_SHARED (required when CI=true)`;

export interface ManifestRow {
  filename: string;
  pages: number | undefined;
  category: string;
  password: string;
  expectation: string;
}

export function readManifest(): ManifestRow[] {
  const [header, ...lines] = readFileSync(join(PDFJS_DIR, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const cols = (header ?? '').split('\t');
  const at = (cells: string[], name: string) => cells[cols.indexOf(name)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    const pages = at(cells, 'pages');
    return {
      filename: at(cells, 'filename'),
      pages: pages ? Number(pages) : undefined,
      category: at(cells, 'category'),
      password: at(cells, 'password'),
      expectation: at(cells, 'expectation'),
    };
  });
}
