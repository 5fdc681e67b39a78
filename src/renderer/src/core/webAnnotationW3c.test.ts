/**
 * Our Web Annotation export against the W3C Web Annotation Data Model test suite
 * (../shared/w3c-annotation-model, the web-platform-tests annotation-model folder).
 *
 * Two checks that must agree:
 * 1. Every assertion of annotationMusts.test (and, for the collection, collectionMusts.test and
 *    pageMusts.test) evaluated here with the project's own Ajv over the suite's schemas, following
 *    the evaluation rules of the suite's JSONtest.js as the shared reference script implements
 *    them (assertion loading, compareWith, onUnexpectedResult actions, skipFailures).
 * 2. The reference itself (shared/tools/w3c-annotation-check/run-jsontest.mjs), copied to a temp
 *    folder with this project's node_modules linked in (offline), run once per annotation: exit
 *    code 0 and the same verdict on every assertion.
 *
 * The suite and the tool are read from the shared folder at test time, never copied into the
 * repo. Skipped with a printed reason when the shared folder is missing, except under CI, where
 * its absence fails the suite.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allItems, areaItem, commentedItem, plainItem, unicodeItem } from '../../../../test/support/clauseFixtures';
import type { ClauseExportItem } from './clauseExport';
import { exportWebAnnotations, type WebAnnotationCollection } from './webAnnotationExport';

const SHARED = resolve(process.env.CLAUSEBENCH_SHARED ?? resolve('..', 'shared'));
const SUITE = join(SHARED, 'w3c-annotation-model');
const TOOL = join(SHARED, 'tools', 'w3c-annotation-check');
const ANNOTATION_MUSTS = join(SUITE, 'annotations', 'annotationMusts.test');
const COLLECTION_MUSTS = join(SUITE, 'collections', 'collectionMusts.test');
const PAGE_MUSTS = join(SUITE, 'collections', 'pages', 'pageMusts.test');
const available = [ANNOTATION_MUSTS, COLLECTION_MUSTS, PAGE_MUSTS, join(SUITE, 'definitions'), join(TOOL, 'run-jsontest.mjs')].every((p) =>
  existsSync(p),
);
const onCi = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());
if (!available) {
  if (onCi) throw new Error(`The W3C annotation suite or its checker is missing under ${SHARED} (CI requires it; set CLAUSEBENCH_SHARED).`);
  console.log(`[webAnnotationW3c] skipped: W3C annotation suite not found under ${SHARED}; set CLAUSEBENCH_SHARED`);
}

// --- JSONtest evaluation (the rules of run-jsontest.mjs, over the project's own Ajv) --------------

type Verdict = 'PASS' | 'FAIL' | 'SCHEMA-ERROR';
interface Row {
  /** Position in the assertion tree, "1:5" (level:index), as the reference prints it. */
  label: string;
  type: string;
  result: Verdict;
  file: string;
  title: string;
}
interface Assertion {
  assertionFile?: string;
  assertionType?: string;
  expectedResult?: 'valid' | 'invalid';
  onUnexpectedResult?: string;
  compareWith?: 'and' | 'or';
  assertions?: AssertionNode[];
  title?: string;
  [key: string]: unknown;
}
type AssertionNode = Assertion | AssertionNode[];
type AssertionRef = string | Assertion | AssertionRef[];

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const ACTIONS: Record<string, 'continue' | 'skip' | 'abort'> = {
  failAndContinue: 'continue',
  failAndSkip: 'skip',
  failAndAbort: 'abort',
  passAndContinue: 'continue',
  passAndSkip: 'skip',
  passAndAbort: 'abort',
};

/** The suite's schemas in one Ajv (draft-04, formats), configured as the reference does. */
function suiteAjv(): Ajv04 {
  const ajv = new Ajv04({ allErrors: true, validateSchema: false, strict: false, logger: false });
  addFormats(ajv);
  // JSONtest's pages list the definitions each test needs; all of definitions/ is a superset.
  const defs = join(SUITE, 'definitions');
  for (const f of readdirSync(defs).filter((f) => f.endsWith('.json'))) ajv.addSchema(readJson(join(defs, f)) as object);
  return ajv;
}

/** A .test file's assertion tree with every referenced assertion file read in. */
function loadTest(testPath: string): { assertions: AssertionNode[]; skipFailures: string[] } {
  const testDir = dirname(testPath);
  const resolveRef = (ref: string) => (ref.includes('/') ? join(SUITE, ref) : join(testDir, ref));
  const load = (a: AssertionRef): AssertionNode => {
    if (Array.isArray(a)) return a.map(load);
    if (typeof a === 'string') return { ...(readJson(resolveRef(a)) as Assertion), assertionFile: a };
    if (a.assertionFile) return { ...(readJson(resolveRef(a.assertionFile)) as Assertion), ...a };
    if (a.assertions) return { ...a, assertions: (a.assertions as AssertionRef[]).map(load) };
    return a;
  };
  const test = readJson(testPath) as { assertions: AssertionRef[]; skipFailures?: string[] };
  return { assertions: test.assertions.map(load), skipFailures: test.skipFailures ?? [] };
}

/** Evaluates one loaded .test against documents; compiled validators are kept between documents. */
function jsonTest(ajv: Ajv04, testPath: string): (content: unknown) => Row[] {
  const { assertions, skipFailures } = loadTest(testPath);
  const compiled = new Map<Assertion, ValidateFunction | Error>();
  const validator = (a: Assertion): ValidateFunction | Error => {
    let v = compiled.get(a);
    if (!v) {
      // The reference drops id/$id so an assertion's own id cannot clash with the definitions'.
      const { id: _id, $id: _$id, ...schema } = a;
      try {
        v = ajv.compile(schema);
      } catch (e) {
        v = e instanceof Error ? e : new Error(String(e));
      }
      compiled.set(a, v);
    }
    return v;
  };

  return (content) => {
    const rows: Row[] = [];
    const run = (list: AssertionNode[], level: number): { action: string; results: boolean[] } => {
      let action = 'continue';
      const results: boolean[] = [];
      list.forEach((a, i) => {
        if (action !== 'continue') return;
        const label = `${level}:${i + 1}`;
        if (Array.isArray(a)) {
          if (run(a, level + 1).action === 'abort') action = 'abort';
          return;
        }
        const type = (a.assertionType ?? 'must').toLowerCase();
        const expected = a.expectedResult ?? 'valid';
        let ok: boolean;
        if (a.compareWith && Array.isArray(a.assertions)) {
          const r = run(a.assertions, level + 1);
          ok = a.compareWith === 'or' ? r.results.some(Boolean) : r.results.every(Boolean);
        } else {
          const v = validator(a);
          if (v instanceof Error) {
            rows.push({ label, type, result: 'SCHEMA-ERROR', file: a.assertionFile ?? 'inline', title: `${a.title ?? ''}: ${v.message}` });
            return;
          }
          const valid = v(content) === true;
          ok = (expected === 'valid' && valid) || (expected === 'invalid' && !valid);
        }
        results.push(ok);
        if (!ok) action = ACTIONS[a.onUnexpectedResult ?? 'failAndContinue'] ?? 'continue';
        if (ok || !skipFailures.includes(type))
          rows.push({ label, type, result: ok ? 'PASS' : 'FAIL', file: a.assertionFile ?? 'inline', title: a.title ?? '' });
      });
      return { action, results };
    };
    run(assertions, 1);
    return rows;
  };
}

const countAssertions = (testPath: string): number => (readJson(testPath) as { assertions: unknown[] }).assertions.length;

// --- what we check ------------------------------------------------------------------------------

interface Case {
  name: string;
  testPath: string;
  content: unknown;
  /** False only for the negative controls, which must fail (and fail the reference). */
  conforms: boolean;
  /** For a negative control: the assertion files it must fail. */
  mustFail?: string[];
}

/** A clause linked to entities every way an entity can be named: an IRI, a bare Wikidata id, an id that is no IRI, none. */
const entitiesItem: ClauseExportItem = {
  ...plainItem,
  clause: { ...plainItem.clause, id: '4fad5052-c187-4f99-b1b2-5d6e7f809102' },
  links: [
    {
      entity: { id: 'e0000000-0000-4000-8000-000000000001', name: 'Secretary of Commerce', type: 'person', externalId: 'Q42' },
      link: { id: 'l1', role: 'issued-by', note: '' },
    },
    {
      entity: {
        id: 'e0000000-0000-4000-8000-000000000002',
        name: 'Northwind Labs',
        type: 'organisation',
        externalId: 'https://example.org/entities/northwind-labs',
      },
      link: { id: 'l2', role: 'addressed-to', note: 'Its engineers work from Canada.' },
    },
    {
      entity: { id: 'e0000000-0000-4000-8000-000000000003', name: 'Foreign nationals', type: 'class-of-persons', externalId: 'register 7' },
      link: { id: 'l3', role: 'restricts', note: '' },
    },
    {
      entity: { id: 'e0000000-0000-4000-8000-000000000004', name: 'Covered models', type: 'ai-model' },
      link: { id: 'l4', role: 'mentions', note: '' },
    },
  ],
};

function cases(): Case[] {
  const collection: WebAnnotationCollection = exportWebAnnotations([...allItems, entitiesItem], {
    generatedAt: '2026-03-05T09:00:00.000Z',
    label: 'Northwind v. Commerce — clauses',
    id: '9a9a9a9a-0000-4000-8000-000000000001',
  });
  const items = collection.first!.items;
  const named = [
    ['plain (no comment, no tags)', plainItem],
    ['comment, tags and two entities (sample case)', commentedItem],
    ['area clause', areaItem],
    ['unicode, an entity whose external id is no IRI', unicodeItem],
    ['four entities: IRI, Wikidata id, non-IRI id, none', entitiesItem],
  ] as const;
  const annotationCases: Case[] = named.map(([name, item]) => ({
    name,
    testPath: ANNOTATION_MUSTS,
    content: items.find((a) => a.id === `urn:uuid:${item.clause.id}`),
    conforms: true,
  }));
  // The shape a careless exporter writes: a bare id and PDF geometry inside `selector`.
  const broken = structuredClone(items[0]!) as unknown as { id: string; target: { selector: unknown[] } };
  broken.id = plainItem.clause.id;
  broken.target.selector.push({ type: 'PdfRectSelector', rects: [[72, 600, 540, 614]] });
  // What careless entity bodies would be: the entity's name as a value, and a source that is no IRI.
  const linked = items.find((a) => a.id === `urn:uuid:${entitiesItem.clause.id}`)!;
  const withValue = structuredClone(linked) as unknown as { body: Record<string, unknown>[] };
  withValue.body.find((b) => b.type === 'SpecificResource')!.value = 'Secretary of Commerce';
  const bareSource = structuredClone(linked) as unknown as { body: Record<string, unknown>[] };
  bareSource.body.find((b) => b.type === 'SpecificResource')!.source = 'Q42';
  return [
    ...annotationCases,
    { name: 'the collection', testPath: COLLECTION_MUSTS, content: collection, conforms: true },
    { name: 'the collection’s embedded page', testPath: PAGE_MUSTS, content: collection, conforms: true },
    {
      name: 'negative control (bare id, geometry in selector)',
      testPath: ANNOTATION_MUSTS,
      content: broken,
      conforms: false,
      mustFail: ['3.1-annotationIdValidated.json', '4.2-selectorValidIfPresent.json'],
    },
    {
      name: 'negative control (entity body with a value)',
      testPath: ANNOTATION_MUSTS,
      content: withValue,
      conforms: false,
      mustFail: ['4-bodySpecificResourceNoValue.json'],
    },
    {
      name: 'negative control (entity body whose source is no IRI)',
      testPath: ANNOTATION_MUSTS,
      content: bareSource,
      conforms: false,
      mustFail: ['3.2-bodyObjectsRecognized.json'],
    },
  ];
}

/** Our verdicts per case, computed once for both tests. */
function evaluate(): { c: Case; rows: Row[] }[] {
  const ajv = suiteAjv();
  const runners = new Map<string, (content: unknown) => Row[]>();
  return cases().map((c) => {
    let run = runners.get(c.testPath);
    if (!run) runners.set(c.testPath, (run = jsonTest(ajv, c.testPath)));
    return { c, rows: run(c.content) };
  });
}

describe.skipIf(!available)('W3C Web Annotation Data Model: MUST assertions', () => {
  let results: { c: Case; rows: Row[] }[] = [];
  beforeAll(() => {
    results = evaluate();
  });

  it('every MUST assertion passes for every exported annotation, the collection and its page', () => {
    let ran = 0;
    for (const { c, rows } of results.filter((r) => r.c.conforms)) {
      expect(rows, c.name).toHaveLength(countAssertions(c.testPath));
      const failed = rows.filter((r) => r.result !== 'PASS').map((r) => `${r.result} ${r.file}: ${r.title}`);
      expect(failed, c.name).toEqual([]);
      expect(rows.every((r) => r.type === 'must')).toBe(true);
      ran += rows.length;
    }
    console.log(`[webAnnotationW3c] ${ran} MUST assertions over ${results.filter((r) => r.c.conforms).length} documents: all passed`);
  });

  it('the negative controls fail the assertions they break (ids, selectors, entity bodies), so the evaluation is not vacuous', () => {
    const controls = results.filter((r) => !r.c.conforms);
    expect(controls).toHaveLength(3);
    for (const { c, rows } of controls) {
      const failed = rows.filter((r) => r.result === 'FAIL').map((r) => basename(r.file));
      expect(failed, c.name).toEqual(expect.arrayContaining(c.mustFail!));
    }
  });

  describe('the reference checker (run-jsontest.mjs) agrees', () => {
    let work = '';
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'clausebench-w3c-'));
      cpSync(TOOL, join(work, 'tool'), { recursive: true });
      // Its imports (ajv, ajv-draft-04, ajv-formats) resolve to this project's copies: no install, no network.
      symlinkSync(resolve('node_modules'), join(work, 'tool', 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
    });
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('exit code 0 for every conforming document, 1 for the control, and the same verdict on every assertion', async () => {
      const runs = results.map(({ c, rows }, i) => async () => {
        const file = join(work, `case-${i + 1}.json`);
        writeFileSync(file, JSON.stringify(c.content, null, 2));
        const { code, stdout, stderr } = await runNode([join(work, 'tool', 'run-jsontest.mjs'), SUITE, c.testPath, file]);
        expect(code, `${c.name}: ${stderr}\n${stdout}`).toBe(c.conforms ? 0 : 1);
        const theirs = stdout
          .split('\n')
          .filter((line) => /^(PASS|FAIL|SCHEMA-ERROR)\t/.test(line))
          .map((line) => line.split('\t').slice(0, 3).join(' '));
        expect(theirs, c.name).toEqual(rows.map((r) => `${r.result} ${r.type} ${r.label}`));
        return theirs.length;
      });
      const agreed = await inPool(runs, 2);
      console.log(`[webAnnotationW3c] reference agreed on ${agreed.reduce((a, b) => a + b, 0)} verdicts over ${runs.length} runs`);
    }, 180_000);
  });
});

function runNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { timeout: 60_000, maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Runs tasks at most `size` at a time (the build machines have two cores). */
async function inPool<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return out;
}
