import { ServiceHarness, startServiceHarness } from '@samspill/server-testing';
import { loadNetworkStrategyConfig, NetworkStrategyConfig } from '../../src/config';
import { RunningService, startNetworkStrategy } from '../../src/app';

export type NetworkStrategyHarness = ServiceHarness<NetworkStrategyConfig, RunningService>;

export const startNetworkStrategyHarness = (): Promise<NetworkStrategyHarness> =>
  startServiceHarness(loadNetworkStrategyConfig, startNetworkStrategy, { NETWORK_STRATEGY_PORT: '0' });
