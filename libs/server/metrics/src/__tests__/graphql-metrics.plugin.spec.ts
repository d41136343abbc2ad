import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { parsePrometheusText } from '@samspill/server-testing';
import { createServiceMetrics } from '../service-metrics';
import { graphqlMetricsPlugin } from '../graphql-metrics.plugin';

describe('graphqlMetricsPlugin', () => {
  it('times each request by operation name and counts errors by code, in valid Prometheus text', async () => {
    const metrics = createServiceMetrics('unit', { processMetrics: false });
    const server = new ApolloServer({
      typeDefs: 'type Query { ok: Int, bad: Int }',
      resolvers: { Query: { ok: () => 1, bad: () => { throw new GraphQLError('no', { extensions: { code: 'NOT_FOUND' } }); } } },
      plugins: [graphqlMetricsPlugin(metrics)],
    });
    await server.start();
    for (let i = 0; i < 3; i++) await server.executeOperation({ query: 'query Good { ok }' });
    await server.executeOperation({ query: 'query Bad { bad }' });
    await server.executeOperation({ query: '{ nope }' });
    await server.stop();

    const text = parsePrometheusText(await metrics.registry.metrics());
    expect(text.value('samspill_graphql_request_duration_seconds_count', { operation: 'Good', operation_type: 'query', service: 'unit' })).toBe(3);
    expect(text.value('samspill_graphql_request_duration_seconds_count', { operation: 'Bad' })).toBe(1);
    expect(text.value('samspill_graphql_request_duration_seconds_count', { operation: 'anonymous' })).toBe(1);
    expect(text.value('samspill_graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(text.value('samspill_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
  });
});
