/**
 * DESIGN.md's import boundaries are lint errors: feed ESLint small sources as if they lived in
 * each layer and check the forbidden imports are refused and the allowed ones pass. Static
 * imports are no-restricted-imports; dynamic import() and import types are no-restricted-syntax.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const R = 'src/renderer/src';
const cases: [string, string, boolean][] = [
  [`${R}/core/x.ts`, "import React from 'react';", false],
  [`${R}/core/x.ts`, "import Dexie from 'dexie';", false],
  [`${R}/core/x.ts`, "import { db } from '../db/database';", false],
  [`${R}/core/x.ts`, "import type { HostApi } from '../../../shared/hostApi';", true],
  [`${R}/db/x.ts`, "import { loadPdf } from '../pdf/pdfjs';", false],
  [`${R}/db/x.ts`, "import { newId } from '../core/ids';", true],
  [`${R}/pdf/x.ts`, "import { db } from '../db/database';", false],
  [`${R}/features/library/x.tsx`, "import { getDocument } from 'pdfjs-dist';", false],
  [`${R}/features/library/x.tsx`, "import { CaseSwitcher } from '../cases/CaseSwitcher';", false],
  [`${R}/features/library/x.tsx`, "import { CaseSwitcher } from '../cases';", true],
  [`${R}/features/library/x.tsx`, "import { App } from '../../app/App';", false],
  [`${R}/features/library/x.tsx`, "import { readFileSync } from 'node:fs';", false],
  [`${R}/ui/x.tsx`, "import { newId } from '../core/ids';", false],
  [`${R}/ui/x.tsx`, "import type { Case } from '../core/types';", true],
  [`${R}/app/x.tsx`, "import { ipcRenderer } from 'electron';", false],
  ['src/main/x.ts', "import { db } from '../renderer/src/db/database';", false],
  ['src/main/x.ts', "import { IpcChannel } from '../shared/ipcChannels';", true],
  ['src/shared/x.ts', "import { app } from 'electron';", false],

  // main and preload import only src/shared, never each other.
  ['src/main/x.ts', "import { createHostApi } from '../preload/hostApi';", false],
  ['src/main/ipc/x.ts', "import { isPickedFile } from '../../preload/payloads';", false],
  ['src/main/ipc/x.ts', "import { isTrustedSender } from '../security';", true],
  ['src/preload/x.ts', "import { postMenuCommand } from '../main/menuCommands';", false],
  ['src/preload/x.ts', "import { COMMANDS } from '../shared/commands';", true],
  // Another feature only through its index.ts, however the path gets there.
  [`${R}/features/library/x.tsx`, "import { ReaderArea } from '../../features/reader/ReaderArea';", false],
  [`${R}/features/library/x.tsx`, "import { ReaderArea } from '../reader/ReaderArea';", false],
  [`${R}/features/library/x.tsx`, "import { ReaderArea } from '../reader';", true],
  [`${R}/features/library/x.tsx`, "import { ImportPanel } from './ImportPanel';", true],
  [`${R}/features/library/sub/x.tsx`, "import { ReaderArea } from '../../reader/ReaderArea';", false],
  [`${R}/features/library/sub/x.tsx`, "import { ReaderArea } from '../../reader';", true],
  [`${R}/features/library/sub/x.tsx`, "import { ImportPanel } from '../ImportPanel';", true],
  [`${R}/features/x.ts`, "import { ReaderArea } from './reader/ReaderArea';", false],
  [`${R}/features/x.ts`, "import { ReaderArea } from './reader';", true],
  // pdf.js stays in renderer/src/pdf/, dynamic imports and import types included.
  [`${R}/features/reader/x.ts`, "export const lib = () => import('pdfjs-dist');", false],
  [`${R}/features/reader/x.ts`, "export const lib = () => import('pdfjs-dist/web/pdf_viewer.mjs');", false],
  [`${R}/features/reader/x.ts`, 'export const lib = () => import(`pdfjs-dist/web/pdf_viewer.mjs`);', false],
  [`${R}/features/reader/x.ts`, "export type Lib = typeof import('pdfjs-dist');", false],
  [`${R}/app/x.ts`, "export const lib = () => import('pdfjs-dist');", false],
  [`${R}/core/x.ts`, "export const lib = () => import('pdfjs-dist');", false],
  ['src/main/x.ts', "export const lib = () => import('pdfjs-dist');", false],
  [`${R}/pdf/x.ts`, "export const lib = () => import('pdfjs-dist/web/pdf_viewer.mjs');", true],
  [`${R}/features/reader/x.ts`, "export const load = () => import('../../pdf/pdfjs');", true],
  // No Node in the renderer or shared, with or without the node: prefix.
  [`${R}/core/x.ts`, "import { readFileSync } from 'fs';", false],
  [`${R}/core/x.ts`, "import { join } from 'path';", false],
  [`${R}/core/x.ts`, "import { createHash } from 'crypto';", false],
  [`${R}/core/x.ts`, "import { readFile } from 'fs/promises';", false],
  [`${R}/features/library/x.tsx`, "import { EventEmitter } from 'events';", false],
  ['src/shared/x.ts', "import { join } from 'path';", false],
  [`${R}/core/x.ts`, "import { sha256Hex } from './hash';", true],
  [`${R}/core/x.ts`, "import { pathish } from './paths';", true],
  ['src/main/x.ts', "import { join } from 'path';", true],
  // Only db/ imports Dexie; features and app/ read through db/ (useLiveQuery from db/live.ts).
  [`${R}/features/library/x.tsx`, "import Dexie from 'dexie';", false],
  [`${R}/features/library/x.tsx`, "import { useLiveQuery } from 'dexie-react-hooks';", false],
  [`${R}/app/x.tsx`, "import { useLiveQuery } from 'dexie-react-hooks';", false],
  [`${R}/app/x.tsx`, "import { liveQuery } from 'dexie';", false],
  [`${R}/app/x.tsx`, "import { useLiveQuery } from '../db/live';", true],
  [`${R}/features/library/x.tsx`, "import { useLiveQuery } from '../../db/live';", true],
  [`${R}/db/x.ts`, "import { useLiveQuery } from 'dexie-react-hooks';", true],
  // Features reach the host through platform/host only.
  [`${R}/features/library/x.tsx`, "import { readFiles } from '../../platform/browserHost';", false],
  [`${R}/features/library/x.tsx`, "import { readFiles } from '../../platform/host';", true],
  [`${R}/app/x.tsx`, "import { createBrowserHost } from '../platform/browserHost';", true],
];

describe('import boundaries (eslint no-restricted-imports)', () => {
  it.each(cases)('%s: %s -> allowed=%s', async (file, code, allowed) => {
    const errors = await boundaryErrors(file, `${code}\nexport {};\n`);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});
