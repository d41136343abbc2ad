export * from './identity';
export * from './dev-keys';
export * from './bearer-token';
export * from './forwarded-identity';
export * from './access-policy';
