import type { DataSource } from 'typeorm';
import { createServiceDataSource, initialiseDataSource } from '@samspill/server-db';
import type { Identity } from '@samspill/server-auth';
import { newApiKey, parseApiKey, secretMatches } from './api-key-format';
import { CreateApiKeys1764500100000 } from './api-keys.migration';

export const API_KEYS_SCHEMA = 'gateway_api_keys';

export interface ApiKeyRecord {
  id: string;
  networkId: string;
  label: string;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface ApiKeyUse {
  keyId: string;
  method: string;
  path: string;
  status: number;
  requestId: string;
}

const RECORD = `id, network_id AS "networkId", label, created_by AS "createdBy", created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

/**
 * Long-lived, revocable, read-only credentials for scheduled BI refresh, scoped to one network.
 * The identity a key acts as holds only `network-reader` for its network, and the gateway accepts
 * keys on export routes only, so a key reads that network's exports and nothing else.
 */
export class ApiKeyStore {
  private constructor(private readonly ds: DataSource) {}

  static async open(databaseUrl: string): Promise<ApiKeyStore> {
    const ds = createServiceDataSource({ url: databaseUrl, schema: API_KEYS_SCHEMA, entities: [], migrations: [CreateApiKeys1764500100000], poolSize: 3 });
    await initialiseDataSource(ds, databaseUrl, API_KEYS_SCHEMA);
    return new ApiKeyStore(ds);
  }

  /** Returns the key itself once; only its hash is kept. */
  async issue(networkId: string, label: string, createdBy: string): Promise<{ token: string; record: ApiKeyRecord }> {
    const key = newApiKey();
    const [record] = await this.ds.query(
      `INSERT INTO api_key (id, network_id, label, secret_hash, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${RECORD}`,
      [key.id, networkId, label, key.hash, createdBy],
    );
    return { token: key.token, record };
  }

  /** True when a key was revoked now; false when there is no such key or it was revoked before. */
  async revoke(id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return false;
    // Through a CTE so the driver returns rows (a bare UPDATE … RETURNING comes back as [rows, count]).
    const rows: unknown[] = await this.ds.query(`WITH r AS (UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id) SELECT id FROM r`, [id]);
    return rows.length === 1;
  }

  list(networkId?: string): Promise<ApiKeyRecord[]> {
    return networkId
      ? this.ds.query(`SELECT ${RECORD} FROM api_key WHERE network_id = $1 ORDER BY created_at`, [networkId])
      : this.ds.query(`SELECT ${RECORD} FROM api_key ORDER BY created_at`);
  }

  /** The identity a valid, unrevoked key acts as; null for anything else. */
  async authenticate(token: string): Promise<Identity | null> {
    const parsed = parseApiKey(token);
    if (!parsed) return null;
    const [row] = await this.ds.query(`SELECT network_id, label, secret_hash FROM api_key WHERE id = $1 AND revoked_at IS NULL`, [parsed.id]);
    if (!row || !secretMatches(parsed.secret, row.secret_hash)) return null;
    return { subject: `api-key:${parsed.id}`, name: row.label, grants: [{ role: 'network-reader', network: row.network_id }] };
  }

  /** The audit trail: every request made with a key, refused ones included. */
  async recordUse(use: ApiKeyUse): Promise<void> {
    await this.ds.transaction(async (m) => {
      const known: unknown[] = await m.query(`WITH u AS (UPDATE api_key SET last_used_at = now() WHERE id = $1 RETURNING id) SELECT id FROM u`, [use.keyId]);
      if (known.length === 0) return; // a made-up id: nothing to attach the trail to
      await m.query(`INSERT INTO api_key_use (key_id, method, path, status, request_id) VALUES ($1, $2, $3, $4, $5)`, [use.keyId, use.method, use.path.slice(0, 2000), use.status, use.requestId]);
    });
  }

  uses(keyId: string): Promise<{ method: string; path: string; status: number; usedAt: Date; requestId: string }[]> {
    return this.ds.query(`SELECT method, path, status, used_at AS "usedAt", request_id AS "requestId" FROM api_key_use WHERE key_id = $1 ORDER BY id`, [keyId]);
  }

  close(): Promise<void> {
    return this.ds.destroy();
  }
}
