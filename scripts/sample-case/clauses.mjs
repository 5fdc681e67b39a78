#!/usr/bin/env node
// Keeps the quote selectors of resources/sample-case/clauses.json true to the committed PDFs.
// An entry's quote may be written by hand in readable form (single spaces, no line breaks, a few
// words of prefix or suffix when the words occur twice); this rewrites exact, prefix and suffix as
// the raw extracted text (with its "\n"), because anchoring compares raw text first, and gives new
// entries a stable id. Plain Node 20, no TypeScript runner:
//   node scripts/sample-case/clauses.mjs           rewrite clauses.json
//   node scripts/sample-case/clauses.mjs --check   exit 1 if clauses.json is not what it would write
// scripts/sample-case/clauses.test.ts checks the committed file against the app's own extraction.

import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLE_DIR } from './generate.mjs';

export const CLAUSES_FILE = join(SAMPLE_DIR, 'clauses.json');
/** Context kept on each side; the same as core/anchoring/describeRange.ts CONTEXT_LENGTH. */
export const CONTEXT_LENGTH = 32;
const PAGE_SEPARATOR = '\f';

/** Whitespace runs collapsed to one space, with each kept character's raw offset. */
function collapse(text) {
  let norm = '';
  const map = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (space && inSpace) continue;
    norm += space ? ' ' : text[i];
    map.push(i);
    inSpace = space;
  }
  return { norm, map };
}

const readable = (s) => collapse(s).norm.trim();

/**
 * The raw range of an entry's quote in docText, found whitespace-insensitively; the entry's
 * prefix and suffix (readable or raw) pick among repeated occurrences. Throws when the quote is
 * missing, ambiguous, or crosses a page break (it would carry the running head and footer).
 */
export function locateQuote(docText, quote) {
  const { norm, map } = collapse(docText);
  const needle = readable(quote.exact);
  if (!needle) throw new Error('the quote is empty');
  const prefix = readable(quote.prefix ?? '');
  const suffix = readable(quote.suffix ?? '');
  const hits = [];
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
    const before = norm.slice(0, at).trimEnd();
    const after = norm.slice(at + needle.length).trimStart();
    if (before.endsWith(prefix) && after.startsWith(suffix)) hits.push(at);
  }
  if (hits.length === 0) throw new Error(`the quote "${needle.slice(0, 60)}..." is not in the text (with its prefix and suffix)`);
  if (hits.length > 1) throw new Error(`the quote "${needle.slice(0, 60)}..." occurs ${hits.length} times: give a prefix or suffix`);
  const start = map[hits[0]];
  const end = map[hits[0] + needle.length - 1] + 1;
  if (docText.slice(start, end).includes(PAGE_SEPARATOR)) throw new Error('the quote crosses a page break: keep it within one page');
  return { start, end };
}

/** The entry with its quote rewritten from docText (raw exact, 32 characters of context). */
export function refreshEntry(entry, docText) {
  const { start, end } = locateQuote(docText, entry.quote);
  const quote = {
    exact: docText.slice(start, end),
    prefix: docText.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: docText.slice(end, end + CONTEXT_LENGTH),
  };
  // Fixed key order keeps diffs of the committed file readable.
  const { id, fileName, label, type, tags, comment } = entry;
  return { id: id ?? randomUUID(), fileName, label, type, tags, comment, quote };
}

/**
 * The whole file refreshed. textOf(fileName) gives a document's raw text (page texts joined
 * with "\f", as core/documentText.ts joins them). Problems name the entry; entries with a
 * problem are kept as they were.
 */
export function refreshClauses(file, textOf) {
  const problems = [];
  const clauses = file.clauses.map((entry) => {
    try {
      return refreshEntry(entry, textOf(entry.fileName));
    } catch (error) {
      problems.push(`${entry.fileName} ${entry.label}: ${error instanceof Error ? error.message : String(error)}`);
      return entry;
    }
  });
  return { file: { ...file, clauses }, problems };
}

export const formatClausesFile = (file) => `${JSON.stringify(file, null, 2)}\n`;

// --- command line ------------------------------------------------------------------------------

/** pdf.js 6 needs these on Node 20 (test/setup/nodePolyfills.ts adds the same for the tests). */
function polyfill() {
  Promise.withResolvers ??= function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
  Map.groupBy ??= function groupBy(items, key) {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      if (!out.has(k)) out.set(k, []);
      out.get(k).push(item);
    }
    return out;
  };
}

/** A PDF's document text, built by core/documentText.ts's rules (item str, "\n" after hasEOL). */
async function documentText(path) {
  polyfill();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const base = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(await readFile(path)),
    useSystemFonts: false,
    standardFontDataUrl: join(base, 'standard_fonts') + '/',
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { items } = await (await doc.getPage(n)).getTextContent();
      let text = '';
      for (const item of items) {
        if (typeof item.str !== 'string') continue;
        text += item.str.replaceAll(PAGE_SEPARATOR, ' ');
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
    }
    return pages.join(PAGE_SEPARATOR);
  } finally {
    await task.destroy();
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const committed = await readFile(CLAUSES_FILE, 'utf8');
  const file = JSON.parse(committed);
  const texts = new Map();
  for (const name of new Set(file.clauses.map((c) => c.fileName))) {
    texts.set(name, await documentText(join(SAMPLE_DIR, 'pdf', name)).catch(() => ''));
  }
  const { file: fresh, problems } = refreshClauses(file, (name) => texts.get(name) ?? '');
  for (const p of problems) console.error(`PROBLEM ${p}`);
  const out = formatClausesFile(fresh);
  if (check) {
    const same = out === committed;
    console.log(same ? `ok    ${fresh.clauses.length} clauses` : 'STALE clauses.json differs from what the generator writes');
    if (!same) process.exitCode = 1;
  } else if (problems.length === 0) {
    await writeFile(CLAUSES_FILE, out);
    console.log(`wrote ${fresh.clauses.length} clauses to ${CLAUSES_FILE}`);
  }
  if (problems.length > 0) {
    console.error(`${problems.length} quote(s) need fixing; clauses.json was not rewritten.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
