export * from './errors';
export * from './access';
export * from './request-context';
export * from './loaders';
export * from './federated-schema';
export * from './pagination';
export * from './http-server';
export * from './subgraph-server';
