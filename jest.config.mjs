/** Payload 3 is ESM-only: jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules, see package.json). */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/int', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/int/helpers/styleStub.cjs',
    '^next/image$': '<rootDir>/tests/int/helpers/nextImage.cjs',
  },
  setupFiles: ['<rootDir>/tests/int/helpers/env.cjs'],
  testTimeout: 120_000,
}

export default config
