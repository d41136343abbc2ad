import './tracing';
// type-graphql (loaded by @samspill/server-graphql) needs the metadata polyfill before any decorator runs.
import 'reflect-metadata';
import { runProcess } from '@samspill/server-config';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

runProcess('gateway', () => loadGatewayConfig(), startGateway);
