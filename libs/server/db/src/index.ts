export * from './data-source';
export * from './unavailable';
