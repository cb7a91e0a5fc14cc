/**
 * The folder the running code's modules sit under: src/ when the tests run the TypeScript, dist/src/
 * when built, and dist/src/ too in the server bundle (dist/src/careergraph.bundle.js), whose modules all
 * share the bundle's folder. Code that reads its own source files (the seed cache's key) starts here.
 */
export const codeRoot = __dirname;
