import type { ComponentType } from 'react';

/** The props of graphiql-explorer 0.9.0's Explorer that the playground passes (its README lists them all). */
export interface ExplorerProps {
  readonly schema: unknown;
  readonly query: string;
  readonly onEdit: (query: string) => void;
  readonly onRunOperation?: (operationName?: string) => void;
  readonly explorerIsOpen: boolean;
  readonly showAttribution?: boolean;
  readonly colors?: Record<string, string>;
  readonly arrowOpen?: unknown;
  readonly arrowClosed?: unknown;
  readonly checkboxChecked?: unknown;
  readonly checkboxUnchecked?: unknown;
  readonly styles?: Record<string, Record<string, string | number>>;
}

declare const Explorer: ComponentType<ExplorerProps>;
export default Explorer;
