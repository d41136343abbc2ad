export * from './bounded-label';
export * from './service-metrics';
export * from './graphql-metrics.plugin';
export * from './outbox-gauges';
export * from './db-pool-gauges';
export * from './consumer-lag-gauge';
export * from './metered-publisher';
export * from './metrics-route';
