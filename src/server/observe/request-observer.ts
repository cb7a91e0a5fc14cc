import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { RequestRecord } from '../request-record';
import { logName, type OperationLabels } from './operation-labels';

/**
 * One log line and one count per answered GraphQL request, refused early or not: request id, operation
 * name, client, duration, cost, error codes and status. An unexpected failure is logged at error level
 * with its real message and stack (the client saw only the request id). It only reads the record.
 */
export function requestObserver(logger: Logger, metrics: Metrics, labels: OperationLabels) {
  return (record: RequestRecord, status: number): void => {
    const seconds = (performance.now() - record.startedAt) / 1000;
    const codes = record.errorCodes;
    const entry = {
      requestId: record.requestId,
      operation: logName(record.operationName),
      client: record.client.keyName ?? 'address',
      durationMs: Math.round(seconds * 10_000) / 10,
      cost: record.cost,
      cached: record.answeredFromCache || undefined,
      errorCodes: codes.length > 0 ? codes : undefined,
      status,
    };
    if (record.failures.length > 0) {
      logger.error(
        {
          ...entry,
          errors: record.failures.map((error) => ({ message: error.message, stack: error.stack })),
        },
        'operation failed',
      );
    } else {
      logger.info(entry, 'operation');
    }
    const metricLabels = { operation: labels.of(record.operationName), outcome: codes[0] ?? 'ok' };
    metrics.operations.inc(metricLabels);
    metrics.operationDuration.observe(metricLabels, seconds);
    if (record.cost !== undefined && codes.length === 0) metrics.operationCost.observe(record.cost);
  };
}
