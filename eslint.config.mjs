import { existsSync, readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'

// Package names are matched exactly (`paths`) so a local file such as ./electron.ts is not caught.
const noElectron = { name: 'electron', message: 'Only src/main and src/preload import Electron.' }
const noUiOrStore = {
  paths: [
    noElectron,
    { name: 'react', message: 'src/shared is pure TypeScript: no React.' },
    { name: 'react-dom', message: 'src/shared is pure TypeScript: no React.' },
    { name: 'dexie', message: 'src/shared is pure TypeScript: no Dexie.' },
    { name: 'dexie-react-hooks', message: 'src/shared is pure TypeScript: no Dexie.' },
  ],
  patterns: [
    { regex: '^(electron|react|react-dom|dexie)/', message: 'src/shared is pure TypeScript.' },
  ],
}

// Folder boundaries, checked on resolved paths (aliases and relative imports alike).
const R = 'src/renderer/src'
const FEATURES = readdirSync(`${R}/features`)
// Modules a feature offers to the others; everything else in a feature is its own business.
const PUBLIC = [
  'datapack/source-badge.tsx', // the provenance badge every sourced fact carries
  'datapack/section-sources.tsx', // a section's one source line and its facts' marks
  'datapack/fact-list.tsx', // sourced facts as every screen lists them
  'hospitals/params.ts', // the #/hospitals URL contract (the medical answer links into it)
]
// Settings composes each feature's settings section.
const SECTIONS = FEATURES.map((f) => `${f}/settings-section.tsx`).filter((p) =>
  existsSync(`${R}/features/${p}`),
)
const boundaries = [
  ...FEATURES.map((f) => ({
    target: `./${R}/features/${f}`,
    from: `./${R}/features`,
    except: [f, ...PUBLIC, ...(f === 'settings' ? SECTIONS : [])].map((p) => `./${p}`),
    message: `A feature imports another feature only through its public modules (eslint.config.mjs).`,
  })),
  {
    target: `./${R}/ui`,
    from: [`./${R}/db`, `./${R}/features`],
    message: 'ui/ holds components that know nothing of the database or the features.',
  },
  {
    target: `./${R}/db`,
    from: [`./${R}/features`, `./${R}/ui`],
    message: 'db/ is the store: it knows no screen.',
  },
  {
    target: './src/shared',
    from: ['./src/renderer', './src/main', './src/preload'],
    message: 'src/shared is the domain: it imports no app code.',
  },
  {
    target: ['./src/main', './src/preload'],
    from: './src/renderer',
    message: 'The shell and the renderer share code only through src/shared.',
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.base.json' })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noUiOrStore] },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
