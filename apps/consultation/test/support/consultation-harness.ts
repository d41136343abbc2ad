import { ServiceHarness, startServiceHarness } from '@samspill/server-testing';
import { ConsultationConfig, loadConsultationConfig } from '../../src/config';
import { RunningService, startConsultation } from '../../src/app';

export type ConsultationHarness = ServiceHarness<ConsultationConfig, RunningService>;

export const startConsultationHarness = (): Promise<ConsultationHarness> =>
  startServiceHarness(loadConsultationConfig, startConsultation, { CONSULTATION_PORT: '0', CONSULTATION_SCHEDULER_MS: '200' });
