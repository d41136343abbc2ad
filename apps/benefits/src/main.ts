import './tracing';
import 'reflect-metadata';
import { runProcess } from '@samspill/server-config';
import { loadBenefitsConfig } from './config';
import { startBenefits } from './app';

runProcess('benefits', () => loadBenefitsConfig(), startBenefits);
