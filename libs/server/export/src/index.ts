export * from './dataset';
export * from './watermark';
export * from './change-tracking.sql';
export * from './row-format';
export * from './export-scope';
export * from './export-stream';
export * from './export-route';
export * from './sql-params';
