import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../../api/context';
import type { Metrics } from '../metrics';
import { errorCodesOf, operationLabel } from './operation-labels';

/** Counts and times every operation by name and outcome, and records the cost of accepted ones. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const labels = {
            operation: operationLabel(operationName ?? request.operationName),
            outcome: errorCodesOf(response)[0] ?? 'ok',
          };
          metrics.operations.inc(labels);
          metrics.operationDuration.observe(labels, (performance.now() - started) / 1000);
          if (contextValue.cost !== undefined && labels.outcome === 'ok')
            metrics.operationCost.observe(contextValue.cost);
        },
      };
    },
  };
}
