/**
 * DESIGN.md's import boundaries are lint errors: feed ESLint small sources as if they lived in
 * each layer and check the forbidden imports are refused and the allowed ones pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
];

describe('import boundaries (eslint no-restricted-imports)', () => {
  it.each(cases)('%s: %s -> allowed=%s', async (file, code, allowed) => {
    const errors = await boundaryErrors(file, `${code}\nexport {};\n`);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});
