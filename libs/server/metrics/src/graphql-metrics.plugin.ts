import type { ApolloServerPlugin } from '@apollo/server';
import type { ServiceMetrics } from './service-metrics';
import { BoundedLabel } from './bounded-label';

/** Error codes are ours, but a subgraph could invent one: cap them too. */
const MAX_OPERATIONS = 200;
const MAX_CODES = 50;

/**
 * Times every GraphQL request (arrival to response) by operation name and counts the errors
 * sent back by `extensions.code`. Requests that fail before an operation is known (parse or
 * validation errors) are timed under `operation="anonymous"`.
 */
export function graphqlMetricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin {
  const operations = new BoundedLabel(MAX_OPERATIONS);
  const codes = new BoundedLabel(MAX_CODES);
  return {
    async requestDidStart() {
      const end = metrics.requestDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, response }) {
          end({ operation: operations.value(operationName), operation_type: operation?.operation ?? 'unknown' });
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) {
            metrics.requestErrors.inc({ code: codes.value(error.extensions?.code as string | undefined, 'UNKNOWN') });
          }
        },
      };
    },
  };
}
