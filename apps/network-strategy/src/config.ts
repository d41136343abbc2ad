import { z } from 'zod';
import { loadConfig, port, subgraphEnvShape } from '@samspill/server-config';

export const networkStrategyEnv = z.object({ ...subgraphEnvShape, NETWORK_STRATEGY_PORT: port(4001) });

export type NetworkStrategyConfig = z.infer<typeof networkStrategyEnv>;

export const loadNetworkStrategyConfig = (env?: Record<string, string | undefined>) => loadConfig(networkStrategyEnv, env);
