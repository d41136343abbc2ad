import './tracing';
import 'reflect-metadata';
import { runProcess } from '@samspill/server-config';
import { loadNetworkStrategyConfig } from './config';
import { startNetworkStrategy } from './app';

runProcess('network-strategy', () => loadNetworkStrategyConfig(), startNetworkStrategy);
