import './tracing';
import 'reflect-metadata';
import { runProcess } from '@samspill/server-config';
import { loadConsultationConfig } from './config';
import { startConsultation } from './app';

runProcess('consultation', () => loadConsultationConfig(), startConsultation);
