/*
 * What `import ... from 'monaco-editor'` means in the playground bundle (scripts/build-web.ts redirects it
 * here). Monaco's own entry also registers TypeScript, CSS, HTML and about 80 other languages, about 4 MB the
 * playground never uses. GraphiQL needs the editor core, JSON (variables, headers, results) and GraphQL,
 * which monaco-graphql registers itself.
 */
import 'monaco-editor/esm/vs/language/json/monaco.contribution.js';

export * from 'monaco-editor/esm/vs/editor/edcore.main.js';
