import { z } from 'zod';
import { ConfigError, loadConfig, postgresUrl } from '@samspill/server-config';
import { ApiKeyStore } from '../../apps/gateway/src/api-keys/api-key-store';

/**
 * Analyst API keys for scheduled BI refresh (Power BI, Excel, Metabase …): read-only, export-only,
 * one network each, revocable. The key is printed once, at issue; only its hash is stored.
 *
 *   npm run api-key -- issue --network digi-rogaland --label "Power BI, økonomi" --by ola@sola.kommune.no
 *   npm run api-key -- list [--network digi-rogaland]
 *   npm run api-key -- revoke <key id>
 *   npm run api-key -- uses <key id>          (audit trail)
 *
 * Uses API_KEYS_DATABASE_URL (the gateway's), else DATABASE_URL.
 */
class UsageError extends Error {}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
  return value;
}

async function main() {
  const env = loadConfig(z.object({ API_KEYS_DATABASE_URL: postgresUrl.optional(), DATABASE_URL: postgresUrl.optional() }));
  const url = env.API_KEYS_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) throw new UsageError('set API_KEYS_DATABASE_URL (or DATABASE_URL) to the gateway database');
  const [command, ...args] = process.argv.slice(2);
  const store = await ApiKeyStore.open(url);
  try {
    if (command === 'issue') {
      const network = flag(args, 'network');
      const label = flag(args, 'label');
      if (!network || !label) throw new UsageError('issue needs --network and --label');
      const { token, record } = await store.issue(network, label, flag(args, 'by') ?? process.env.USER ?? 'operator');
      console.error(`issued key ${record.id} for network ${record.networkId} (${record.label}); it is shown only now:`);
      console.log(token);
    } else if (command === 'list') {
      console.table(await store.list(flag(args, 'network')));
    } else if (command === 'revoke') {
      if (!args[0]) throw new UsageError('revoke needs a key id');
      if (!(await store.revoke(args[0]))) throw new UsageError(`no unrevoked key ${args[0]}`);
      console.error(`revoked ${args[0]}`);
    } else if (command === 'uses') {
      if (!args[0]) throw new UsageError('uses needs a key id');
      console.table(await store.uses(args[0]));
    } else {
      throw new UsageError('usage: api-key issue --network <id> --label <text> [--by <who>] | list [--network <id>] | revoke <id> | uses <id>');
    }
  } finally {
    await store.close();
  }
}

main().catch((err) => {
  console.error(err instanceof UsageError || err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
