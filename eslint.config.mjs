import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
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
