import { z } from 'zod';
import { loadConfig, port, subgraphEnvShape } from '@samspill/server-config';

export const portfoliosEnv = z.object({ ...subgraphEnvShape, PORTFOLIOS_PORT: port(4002) });

export type PortfoliosConfig = z.infer<typeof portfoliosEnv>;

export const loadPortfoliosConfig = (env?: Record<string, string | undefined>) => loadConfig(portfoliosEnv, env);
