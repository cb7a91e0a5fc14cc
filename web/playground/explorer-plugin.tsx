/*
 * The Explorer panel: a tree of the schema's fields with checkboxes that writes the query as you click.
 * graphiql-explorer 0.9.0 (vendored, see vendor/graphiql-explorer/README.md) does the work; this is the
 * GraphiQL 5 plugin around it, after @graphiql/plugin-explorer 5.1.5 (MIT).
 */
import type { GraphiQLPlugin } from '@graphiql/react';
import {
  useGraphiQL,
  useGraphiQLActions,
  useOperationsEditorState,
  useOptimisticState,
} from '@graphiql/react';
import { useCallback, type SVGProps } from 'react';
import Explorer from './vendor/graphiql-explorer/Explorer';

/** GraphiQL's own colour variables, so the tree follows its light and dark themes. */
const colors = {
  keyword: 'hsl(var(--color-primary))',
  def: 'hsl(var(--color-tertiary))',
  property: 'hsl(var(--color-info))',
  qualifier: 'hsl(var(--color-secondary))',
  attribute: 'hsl(var(--color-tertiary))',
  number: 'hsl(var(--color-success))',
  string: 'hsl(var(--color-warning))',
  builtin: 'hsl(var(--color-success))',
  string2: 'hsl(var(--color-secondary))',
  variable: 'hsl(var(--color-secondary))',
  atom: 'hsl(var(--color-tertiary))',
};

const Arrow = (props: SVGProps<SVGSVGElement>) => (
  <svg width={5} height={8} fill="currentColor" viewBox="0 0 5 8" {...props}>
    <path d="m.91 6.87 2.98-2.98a.533.533 0 0 0 0-.754L.91.157A.533.533 0 0 0 0 .534v5.959c0 .475.574.713.91.377" />
  </svg>
);

const FolderPlus = (props: SVGProps<SVGSVGElement>) => (
  <svg height="1em" fill="none" stroke="currentColor" strokeWidth={1.5} viewBox="0 0 24 24" {...props}>
    <path strokeLinecap="round" strokeLinejoin="round" d="M18 6h2m2 0h-2m0 0V4m0 2v2" />
    <path d="M21.4 20H2.6a.6.6 0 0 1-.6-.6V11h19.4a.6.6 0 0 1 .6.6v7.8a.6.6 0 0 1-.6.6Z" />
    <path
      strokeLinecap="round"
      strokeLinejoin="round"
      d="M2 11V4.6a.6.6 0 0 1 .6-.6h6.178a.6.6 0 0 1 .39.144l3.164 2.712a.6.6 0 0 0 .39.144H14"
    />
  </svg>
);

const arrowOpen = <Arrow style={{ width: 'var(--px-16)', transform: 'rotate(90deg)' }} />;
const arrowClosed = <Arrow style={{ width: 'var(--px-16)' }} />;
const checkboxUnchecked = (
  <svg
    width={15}
    height={15}
    fill="none"
    stroke="currentColor"
    viewBox="0 0 15 15"
    style={{ marginRight: 'var(--px-4)' }}
  >
    <circle cx={7.5} cy={7.5} r={6} strokeWidth={2} />
  </svg>
);
const checkboxChecked = (
  <svg
    width={15}
    height={15}
    viewBox="0 0 15 15"
    style={{ fill: 'hsl(var(--color-info))', marginRight: 'var(--px-4)' }}
  >
    <circle cx={7.5} cy={7.5} r={7.5} />
    <path stroke="#fff" strokeWidth={1.5} d="M4.646 7.001 6.88 9.233l3.622-3.62" />
  </svg>
);
const styles = {
  buttonStyle: { cursor: 'pointer', fontSize: '2em', lineHeight: 0 },
  explorerActionsStyle: { paddingTop: 'var(--px-16)' },
  actionButtonStyle: {},
};

function ExplorerPanel() {
  const { setOperationName, run } = useGraphiQLActions();
  const schema = useGraphiQL((state) => state.schema);
  const runOperation = useCallback(
    (operationName?: string) => {
      if (operationName) setOperationName(operationName);
      run();
    },
    [run, setOperationName],
  );
  const [operations, editOperations] = useOptimisticState(useOperationsEditorState());
  return (
    <Explorer
      schema={schema}
      query={operations}
      onEdit={editOperations}
      onRunOperation={runOperation}
      explorerIsOpen
      showAttribution={false}
      colors={colors}
      arrowOpen={arrowOpen}
      arrowClosed={arrowClosed}
      checkboxUnchecked={checkboxUnchecked}
      checkboxChecked={checkboxChecked}
      styles={styles}
    />
  );
}

export function explorerPlugin(): GraphiQLPlugin {
  return { title: 'GraphiQL Explorer', icon: FolderPlus, content: () => <ExplorerPanel /> };
}
