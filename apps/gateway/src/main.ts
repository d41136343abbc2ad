// type-graphql (loaded by @samspill/server-graphql) needs the metadata polyfill before any decorator runs.
import 'reflect-metadata';
import { ConfigError, createLogger } from '@samspill/server-config';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

async function main() {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGateway(config, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('gateway failed to start:', err);
  process.exit(1);
});
