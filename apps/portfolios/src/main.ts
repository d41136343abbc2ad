import './tracing';
import 'reflect-metadata';
import { runProcess } from '@samspill/server-config';
import { loadPortfoliosConfig } from './config';
import { startPortfolios } from './app';

runProcess('portfolios', () => loadPortfoliosConfig(), startPortfolios);
