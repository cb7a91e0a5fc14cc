/* Modules and globals that scripts/build-web.ts (esbuild) provides to the browser code. */

/** An operation file, bundled as its text (esbuild's text loader). */
declare module '*.graphql' {
  const source: string;
  export default source;
}

/** A stylesheet, bundled into the page's CSS file. */
declare module '*.css';

/** Monaco's editor core (its package types describe the same exports, under `monaco-editor`). */
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor';
}
declare module 'monaco-editor/esm/vs/language/json/monaco.contribution.js';

/** URLs of the Monaco web workers, built first and passed in with esbuild's `define`. */
declare const CAREERGRAPH_WORKERS: {
  readonly editor: string;
  readonly json: string;
  readonly graphql: string;
};
