import { startTracing } from '@samspill/server-tracing';

// Imported first by main.ts: the instrumentations must patch http, express, graphql and pg before they load.
startTracing('consultation');
