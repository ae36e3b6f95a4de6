// Lint: Next's rules (core web vitals + TypeScript) and the architecture's import rules
// (ARCHITECTURE.md): app → domains → platform, never the other way, and no import cycles.
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import { defineConfig, globalIgnores } from 'eslint/config'

const DOMAINS = ['archive', 'backup', 'cfp', 'editions', 'media', 'perspectives', 'programme', 'speakers', 'users']

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'media/**',
    'data/**',
    'coverage/**',
    'dist/**',
    '.build/**',
    'src/migrations/**',
    'src/payload-types.ts',
    'src/app/(payload)/admin/importMap.js',
    'tests/e2e/artifacts/**',
    'next-env.d.ts',
  ]),
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // Shared infrastructure knows no domain, no route and no seed.
            {
              target: './src/platform',
              from: ['./src/app', './src/seed', ...DOMAINS.map((domain) => `./src/${domain}`)],
              message: 'src/platform is shared infrastructure: it must not import a domain, a route or the seed.',
            },
            // Domains never import routes or the seed.
            ...DOMAINS.map((domain) => ({
              target: `./src/${domain}`,
              from: ['./src/app', './src/seed'],
              message: 'A domain must not import Next routes (src/app) or the seed (src/seed).',
            })),
            // Product code never imports tests, benchmarks or scripts.
            {
              target: './src',
              from: ['./tests', './bench', './scripts'],
              message: 'Product code must not import tests, benchmarks or scripts.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and benchmarks read loosely typed API answers; product code may not.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS test shims (jest's module mapper loads them with require).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
])
