// Lint, with DESIGN.md's import boundaries as errors. Each layer lists what it may NOT import;
// the message says what the layer may import instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const R = 'src/renderer/src';
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Bare builtin names ('fs', 'path', 'fs/promises'...) resolve to Node too, and the bundler would
// either fail or quietly polyfill them; `node:` alone would let them through.
const bareNodeBuiltin = `^(${builtinModules.map(escapeRegex).join('|')})(/|$)`;
const nodeAndElectron = [
  { group: ['electron', 'electron/*'], message: 'Only src/main and src/preload may import electron.' },
  { regex: '^node:', message: 'The renderer never imports Node modules.' },
  { regex: bareNodeBuiltin, message: 'The renderer never imports Node modules (a bare builtin name is Node too).' },
];
const noPdfjs = { group: ['pdfjs-dist', 'pdfjs-dist/*'], message: 'Only renderer/src/pdf/ imports pdf.js (DESIGN.md).' };
const noDexie = {
  group: ['dexie', 'dexie/*', 'dexie-react-hooks', 'dexie-react-hooks/*'],
  message: 'Only db/ imports Dexie: use its repositories, and useLiveQuery from db/live.ts.',
};
const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-*'], message: 'This layer has no React.' };
const layer = (dir, message) => ({ regex: `(^|/)${dir}(/|$)`, message });

function boundary(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'test-results-*/**', 'dist/**', 'node_modules/**', 'bench/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: [`${R}/**/*.{ts,tsx}`],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  boundary(
    ['src/shared/**'],
    [...nodeAndElectron, noReact, noPdfjs, noDexie, layer('(main|preload|renderer)', 'src/shared imports nothing of the app.')],
  ),
  boundary(
    [`${R}/core/**`],
    [
      { regex: '^zod(/|$)', message: 'Import z from core/zod.ts (configured for the CSP).' },
      ...nodeAndElectron,
      noReact,
      noPdfjs,
      noDexie,
      layer('(db|pdf|platform|features|ui|app)', 'core imports only shared (and itself).'),
    ],
  ),
  boundary([`${R}/db/**`], [...nodeAndElectron, noReact, noPdfjs, layer('(pdf|platform|features|ui|app)', 'db imports only core and shared.')]),
  boundary([`${R}/pdf/**`], [...nodeAndElectron, noReact, noDexie, layer('(db|platform|features|ui|app)', 'pdf imports only core and shared.')]),
  boundary(
    [`${R}/platform/**`],
    [...nodeAndElectron, noReact, noPdfjs, noDexie, layer('(core|db|pdf|features|ui|app)', 'platform imports only shared.')],
  ),
  {
    files: [`${R}/ui/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeAndElectron,
            noPdfjs,
            noDexie,
            layer('(db|pdf|platform|features|app)', 'ui imports only core types.'),
            { regex: '(^|/)core(/|$)', allowTypeImports: true, message: 'ui may import core types only (import type).' },
          ],
        },
      ],
    },
  },
  // A feature file sits one folder deep (features/x/File.tsx) or more (features/x/sub/File.tsx);
  // the relative path that reaches features/ ('./', '../', '../../'...) depends on that depth,
  // and "another feature, past its index" is that prefix, a folder, then anything.
  ...[0, 1, 2, 3].map((depth) =>
    boundary(
      [`${R}/features/${'*/'.repeat(depth)}*.{ts,tsx}`],
      [
        ...nodeAndElectron,
        noPdfjs,
        noDexie,
        layer('app', 'features never import app/.'),
        {
          regex: `^${depth === 0 ? '\\./' : `(\\.\\./){${depth}}`}(?!\\.)[^/]+/.+`,
          message: 'Import another feature only through its index.ts.',
        },
        { regex: '(^|/)features/[^/]+/.+', message: 'Import another feature only through its index.ts (../name).' },
        { regex: '(^|/)platform/(?!host(\\.ts)?$).+', message: 'Features reach the host through platform/host only.' },
      ],
    ),
  ),
  boundary([`${R}/app/**`, `${R}/main.tsx`, `${R}/benchEntry.ts`, `${R}/bench/**`], [...nodeAndElectron, noPdfjs, noDexie]),
  boundary(['src/main/**'], [noReact, noPdfjs, noDexie, layer('(renderer|preload)', 'main imports only src/shared (and itself).')]),
  boundary(['src/preload/**'], [noReact, noPdfjs, noDexie, layer('(renderer|main)', 'preload imports only src/shared (and itself).')]),
  // no-restricted-imports does not see import('...'); pdf.js stays behind renderer/src/pdf/ for
  // dynamic imports and `typeof import('...')` types too.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [`${R}/pdf/**`],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'ImportExpression[source.value=/^pdfjs-dist(\\u002F|$)/]',
          'ImportExpression[source.quasis.0.value.cooked=/^pdfjs-dist(\\u002F|$)/]',
          'TSImportType[source.value=/^pdfjs-dist(\\u002F|$)/]',
        ].map((selector) => ({ selector, message: 'Only renderer/src/pdf/ imports pdf.js, dynamically or not (DESIGN.md).' })),
      ],
    },
  },
  // core/zod.ts is the one place zod is imported and configured.
  { files: [`${R}/core/zod.ts`], rules: { 'no-restricted-imports': 'off' } },
  // Unit tests beside the code may read fixtures with node:fs and use test helpers.
  { files: ['src/**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' } },
);
