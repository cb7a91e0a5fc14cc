/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  // A real Neo4j 5.26 in a JVM (test/neo4j-server) for the Neo4j suites, unless NEO4J_URI names one.
  globalSetup: '<rootDir>/test/support/neo4j-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/neo4j-global-teardown.ts',
  testTimeout: 30000,
};
