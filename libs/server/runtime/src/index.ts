export * from './start-subgraph-service';
