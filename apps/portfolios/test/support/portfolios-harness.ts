import { ServiceHarness, startServiceHarness } from '@samspill/server-testing';
import { loadPortfoliosConfig, PortfoliosConfig } from '../../src/config';
import { RunningService, startPortfolios } from '../../src/app';

export type PortfoliosHarness = ServiceHarness<PortfoliosConfig, RunningService>;

export const startPortfoliosHarness = (): Promise<PortfoliosHarness> =>
  startServiceHarness(loadPortfoliosConfig, startPortfolios, { PORTFOLIOS_PORT: '0' });
