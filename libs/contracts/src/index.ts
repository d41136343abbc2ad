export * from './envelope';
export * from './topics';
export * from './events/common';
export * from './events/network-strategy.events';
export * from './events/portfolios.events';
export * from './events/registry';
export * from './events/parse-event';
