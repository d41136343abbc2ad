import { ServiceHarness, startServiceHarness } from '@samspill/server-testing';
import { BenefitsConfig, loadBenefitsConfig } from '../../src/config';
import { RunningService, startBenefits } from '../../src/app';

export type BenefitsHarness = ServiceHarness<BenefitsConfig, RunningService> & { exportUrl: string };

export async function startBenefitsHarness(): Promise<BenefitsHarness> {
  const harness = await startServiceHarness(loadBenefitsConfig, startBenefits, { BENEFITS_PORT: '0' });
  return { ...harness, exportUrl: `http://127.0.0.1:${harness.service.port}/export` };
}
