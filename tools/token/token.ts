import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { ConfigError, loadConfig, nodeEnv } from '@samspill/server-config';
import { loadOrCreateDevKeyPair, signDevToken } from '@samspill/server-auth';
import { authEnvShape, DEV_KEY_PATH_DEFAULT } from '../../apps/gateway/src/config';
import { parseTokenArgs, UsageError } from './token-args';

/**
 * Mints a development bearer token the local gateway accepts, signed with the same
 * git-ignored development key. Prints only the token, so `TOKEN=$(npm run --silent token -- …)`
 * works. Scoped roles take their scope from the flag after them:
 *
 *   --role network-admin --network digi-rogaland
 *   --role municipality-editor --municipality 1124 [--municipality 1103 …]
 *   --role analyst | --role participant
 *   [--subject id] [--name "Display Name"] [--expires 8h]
 */
// A relative AUTH_DEV_KEY_PATH means the repository root, wherever the command is run from.
const ROOT = join(__dirname, '../..');

async function main() {
  const env = loadConfig(
    z.object({
      NODE_ENV: nodeEnv,
      AUTH_ISSUER: authEnvShape.AUTH_ISSUER,
      AUTH_AUDIENCE: authEnvShape.AUTH_AUDIENCE,
      AUTH_DEV_KEY_PATH: authEnvShape.AUTH_DEV_KEY_PATH,
    }),
  );
  // Tokens from a key in a file on a developer's machine must never open a production gateway.
  if (env.NODE_ENV === 'production') throw new UsageError('refusing to mint a development token with NODE_ENV=production');
  const request = parseTokenArgs(process.argv.slice(2));
  const keyPath = env.AUTH_DEV_KEY_PATH ?? DEV_KEY_PATH_DEFAULT;
  const { privateKey } = await loadOrCreateDevKeyPair(isAbsolute(keyPath) ? keyPath : join(ROOT, keyPath));
  const token = await signDevToken(privateKey, { ...request, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE });
  process.stdout.write(`${token}\n`);
}

main().catch((err) => {
  const expected = err instanceof UsageError || err instanceof ConfigError;
  console.error(expected ? err.message : err);
  process.exit(1);
});
