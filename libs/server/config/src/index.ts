export * from './load-config';
export * from './common-env';
export * from './logger';
export * from './run-process';
export * from './telemetry-env';
export * from './log-context';
