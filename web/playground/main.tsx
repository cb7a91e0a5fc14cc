/*
 * The playground: GraphiQL 5, bundled with its Monaco editors (no CDN), served by the API at GET /graphql
 * (for browsers) and /playground. Tabs hold the example operations of examples/; the Explorer plugin builds
 * queries by clicking fields; the docs come from introspection.
 */
import 'graphiql/style.css';
import './explorer.css';
import './style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { explorerPlugin } from './explorer-plugin';
import { exampleTabs } from './tabs';

// Monaco runs its language services in web workers, built as separate files (scripts/build-web.ts).
window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url =
      label === 'json'
        ? CAREERGRAPH_WORKERS.json
        : label === 'graphql'
          ? CAREERGRAPH_WORKERS.graphql
          : CAREERGRAPH_WORKERS.editor;
    return new Worker(url, { name: label });
  },
};

// The page is served by the API itself: its GraphQL endpoint is /graphql on the same origin.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
const explorer = explorerPlugin();
const plugins = [HISTORY_PLUGIN, explorer];
const tabs = exampleTabs();

/**
 * GraphiQL fills the first tab's operation from `defaultTabs`, but not its variables: pass them as the
 * initial ones on a first visit. Later visits restore the learner's own tabs from local storage.
 */
function firstVisit(): boolean {
  try {
    return window.localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true; // storage blocked: GraphiQL starts from defaultTabs every time
  }
}
const initialVariables = firstVisit() ? (tabs[0]?.variables ?? undefined) : undefined;

/**
 * GraphiQL gives the Explorer a quarter of the width and splits the rest between the editors and the
 * response in halves: at 1440 px that left the query editor about 480 px, too narrow to read a query.
 * Until the learner drags a divider (GraphiQL then stores their choice under the same keys), the Explorer
 * gets a little less and the editors 1.5 parts to the response's 1.
 */
const initialLayout = { 'graphiql:docExplorerFlex': '0.25', 'graphiql:editorFlex': '1.5' };
try {
  for (const [key, value] of Object.entries(initialLayout))
    if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
} catch {
  // Storage blocked: GraphiQL keeps its default split.
}

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      visiblePlugin={explorer}
      defaultTabs={tabs}
      initialVariables={initialVariables}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <span className="careergraph-logo">careergraph</span>
      </GraphiQL.Logo>
      <GraphiQL.Footer>
        <p className="careergraph-footer">
          Example tabs come from <code>examples/*.graphql</code>. See a path drawn:{' '}
          <a href="/explore?from=junior-backend-developer&amp;to=software-architect">path picture</a>.
        </p>
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

const root = document.getElementById('playground');
if (!root) throw new Error('the page has no #playground element');
createRoot(root).render(<Playground />);
