import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevKeyPair, loadOrCreateDevKeyPair, RoleGrant, signDevToken } from '@samspill/server-auth';

/** One development key pair per test file, in a temp folder; the in-process gateway trusts it. */
export class TestTokens {
  private constructor(
    readonly keyPath: string,
    private readonly keys: DevKeyPair,
  ) {}

  static async create(): Promise<TestTokens> {
    const keyPath = join(mkdtempSync(join(tmpdir(), 'samspill-keys-')), 'dev-jwt-key.json');
    return new TestTokens(keyPath, await loadOrCreateDevKeyPair(keyPath));
  }

  sign(grants: RoleGrant[], subject = 'test-user', expiresIn = '10m'): Promise<string> {
    return signDevToken(this.keys.privateKey, { subject, grants, expiresIn });
  }

  networkAdmin = (network: string) => this.sign([{ role: 'network-admin', network }], `admin-${network}`);
  municipalityEditor = (municipality: string) => this.sign([{ role: 'municipality-editor', municipality }], `editor-${municipality}`);
  analyst = () => this.sign([{ role: 'analyst' }], 'analyst');
  participant = (subject = 'participant') => this.sign([{ role: 'participant' }], subject);
  platformAdmin = () => this.sign([{ role: 'platform-admin' }], 'platform-admin');
}
