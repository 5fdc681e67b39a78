#!/usr/bin/env node
// Writes the sample case's PDFs to resources/sample-case/pdf/ (they are committed; the app
// loads them). Plain Node 20, no TypeScript runner:
//   node scripts/sample-case/cli.mjs           regenerate the PDFs
//   node scripts/sample-case/cli.mjs --check   exit 1 if a committed PDF differs from a fresh one
// Every write is followed by printing the SHA-256, since that is the document's identity.

import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { SAMPLE_DIR, generateSampleCase } from './generate.mjs';

const PDF_DIR = join(SAMPLE_DIR, 'pdf');

/** @param {Uint8Array} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** @param {string} file @returns {Promise<Uint8Array | null>} */
async function readOrNull(file) {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    return null;
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const docs = await generateSampleCase();
  let stale = 0;
  if (!check) await mkdir(PDF_DIR, { recursive: true });
  for (const { fileName, bytes } of docs) {
    const file = join(PDF_DIR, fileName);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const line = `${sha256(bytes)}  ${fileName}  (${pages} page${pages === 1 ? '' : 's'}, ${bytes.length} bytes)`;
    if (check) {
      const committed = await readOrNull(file);
      const same = committed !== null && sha256(committed) === sha256(bytes);
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${line}`);
    } else {
      await writeFile(file, bytes);
      console.log(line);
    }
  }
  // A PDF whose manifest entry was removed would otherwise linger and still be loaded.
  const wanted = new Set(docs.map((d) => d.fileName));
  for (const name of await readdir(PDF_DIR).catch(() => [])) {
    if (!name.endsWith('.pdf') || wanted.has(name)) continue;
    if (check) {
      stale++;
      console.log(`EXTRA ${name} (not in manifest.json)`);
    } else {
      await rm(join(PDF_DIR, name));
      console.log(`removed ${name} (not in manifest.json)`);
    }
  }
  if (check && stale > 0) {
    console.error(`${stale} PDF(s) differ from the sources: run node scripts/sample-case/cli.mjs and commit the result.`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
