import { resolve } from 'node:path';
import { ConfigError } from '@samspill/server-config';
import { devKeyPath, loadGatewayConfig, subgraphUrls } from '../config';

const SECRET = 'x'.repeat(32);
const base = { INTERNAL_AUTH_SECRET: SECRET };

function problems(env: Record<string, string>): string[] {
  try {
    loadGatewayConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway config', () => {
  it('applies the documented defaults', () => {
    const config = loadGatewayConfig(base);
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      GATEWAY_PORT: 4000,
      AUTH_ISSUER: 'samspill-dev',
      AUTH_AUDIENCE: 'samspill',
      MAX_QUERY_DEPTH: 12,
      MAX_QUERY_TOKENS: 2000,
      MAX_ALIASES: 30,
    });
    expect(config.SUPERGRAPH_PATH).toBe(resolve('apps/gateway/supergraph.graphql'));
    expect(subgraphUrls(config).get('network-strategy')).toBe('http://127.0.0.1:4001/graphql');
    expect(devKeyPath(config)).toBe(resolve('.samspill/dev-jwt-key.json'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes subgraph URL overrides from their variables', () => {
    const config = loadGatewayConfig({ ...base, NETWORK_STRATEGY_URL: 'http://network-strategy:4001/graphql' });
    expect(subgraphUrls(config).get('network-strategy')).toBe('http://network-strategy:4001/graphql');
  });

  it('names each bad variable', () => {
    const found = problems({ INTERNAL_AUTH_SECRET: 'short', NETWORK_STRATEGY_URL: 'ftp://x/graphql', MAX_QUERY_DEPTH: '0' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^INTERNAL_AUTH_SECRET: /),
        expect.stringMatching(/^NETWORK_STRATEGY_URL: /),
        expect.stringMatching(/^MAX_QUERY_DEPTH: /),
      ]),
    );
  });

  it('requires the internal secret', () => {
    expect(problems({})).toEqual([expect.stringMatching(/^INTERNAL_AUTH_SECRET: is required/)]);
  });

  describe('in production', () => {
    const prod = { ...base, NODE_ENV: 'production' };

    it('requires AUTH_JWKS_URL instead of falling back to the development key', () => {
      expect(problems(prod)).toEqual([expect.stringMatching(/^AUTH_JWKS_URL: is required when NODE_ENV=production/)]);
    });

    it('refuses a development key path', () => {
      const found = problems({ ...prod, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_DEV_KEY_PATH: 'key.json' });
      expect(found).toEqual([expect.stringMatching(/^AUTH_DEV_KEY_PATH: the development key is refused/)]);
    });

    it('refuses a JWKS endpoint without TLS', () => {
      expect(problems({ ...prod, AUTH_JWKS_URL: 'http://idp.example/jwks' })).toEqual([expect.stringMatching(/^AUTH_JWKS_URL: must be an https/)]);
    });

    it('uses the JWKS endpoint and no key file', () => {
      const config = loadGatewayConfig({ ...prod, AUTH_JWKS_URL: 'https://idp.example/jwks' });
      expect(devKeyPath(config)).toBeNull();
    });
  });
});
