import { z } from 'zod';
import { ConfigError, loadConfig } from '../load-config';
import { port, subgraphEnvShape } from '../common-env';

const schema = z.object({ ...subgraphEnvShape, NETWORK_STRATEGY_PORT: port(4001) });

const SECRET = 'x'.repeat(32);
const validEnv = (): Record<string, string | undefined> => ({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/samspill',
  INTERNAL_AUTH_SECRET: SECRET,
});

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(schema, env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`configuration was accepted: ${JSON.stringify(env)}`);
}

describe('loadConfig with the subgraph environment', () => {
  it('parses a minimal environment and fills in the defaults', () => {
    expect(loadConfig(schema, validEnv())).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/samspill',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      INTERNAL_AUTH_SECRET: SECRET,
      KAFKA_TOPIC_PREFIX: '',
      OUTBOX_POLL_MS: 500,
      BIND_HOST: '127.0.0.1',
      NETWORK_STRATEGY_PORT: 4001,
    });
  });

  it('splits a broker list, trimming spaces and dropping empty entries', () => {
    const config = loadConfig(schema, { ...validEnv(), KAFKA_BROKERS: ' kafka-1:9092, kafka-2:9094 ,' });
    expect(config.KAFKA_BROKERS).toEqual(['kafka-1:9092', 'kafka-2:9094']);
  });

  it('coerces numeric variables', () => {
    const config = loadConfig(schema, { ...validEnv(), NETWORK_STRATEGY_PORT: '8080', OUTBOX_POLL_MS: '50' });
    expect(config.NETWORK_STRATEGY_PORT).toBe(8080);
    expect(config.OUTBOX_POLL_MS).toBe(50);
  });

  it('returns a frozen object', () => {
    const config = loadConfig(schema, validEnv());
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { LOG_LEVEL: string }).LOG_LEVEL = 'trace';
    }).toThrow(TypeError);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('ignores unrelated environment variables', () => {
    const config = loadConfig(schema, { ...validEnv(), PATH: '/usr/bin', HOME: '/root' });
    expect(config).not.toHaveProperty('PATH');
  });

  it.each([['localhost'], ['127.0.0.1:port'], ['kafka:9092;kafka2:9092'], ['host name:9092']])(
    'rejects KAFKA_BROKERS=%j, naming the variable',
    (value) => {
      const error = configError({ ...validEnv(), KAFKA_BROKERS: value });
      expect(error.message).toMatch(/KAFKA_BROKERS(\.\d+)?: expected host:port/);
      expect(error.problems).toHaveLength(1);
    },
  );

  it('rejects a KAFKA_BROKERS list with no brokers in it', () => {
    expect(configError({ ...validEnv(), KAFKA_BROKERS: ' , ' }).message).toContain('KAFKA_BROKERS');
  });

  it('rejects a short INTERNAL_AUTH_SECRET, naming the variable', () => {
    const error = configError({ ...validEnv(), INTERNAL_AUTH_SECRET: 'x'.repeat(31) });
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toEqual(['INTERNAL_AUTH_SECRET: must be at least 32 characters']);
    expect(error.message).toBe('Invalid configuration:\n  - INTERNAL_AUTH_SECRET: must be at least 32 characters');
  });

  it('explains what a missing required variable is for', () => {
    const error = configError({});
    expect(error.problems).toEqual([
      'DATABASE_URL: is required (e.g. postgres://postgres@127.0.0.1:5432/samspill)',
      'INTERNAL_AUTH_SECRET: is required (shared secret the gateway signs forwarded identities with)',
    ]);
  });

  it('reports every problem at once, each with its variable', () => {
    const error = configError({
      DATABASE_URL: 'mysql://db/samspill',
      INTERNAL_AUTH_SECRET: 'short',
      KAFKA_BROKERS: 'localhost',
      NODE_ENV: 'staging',
      NETWORK_STRATEGY_PORT: '70000',
      OUTBOX_POLL_MS: 'soon',
      KAFKA_TOPIC_PREFIX: 'my prefix',
    });
    const variables = error.problems.map((p) => p.split(/[.:]/)[0]).sort();
    expect(variables).toEqual(
      ['DATABASE_URL', 'INTERNAL_AUTH_SECRET', 'KAFKA_BROKERS', 'KAFKA_TOPIC_PREFIX', 'NETWORK_STRATEGY_PORT', 'NODE_ENV', 'OUTBOX_POLL_MS'].sort(),
    );
    expect(error.message).toContain('DATABASE_URL: must be a postgres:// URL');
  });

  it('never echoes a secret value in its message', () => {
    const error = configError({ ...validEnv(), INTERNAL_AUTH_SECRET: 'hunter2-is-my-password' });
    expect(error.message).not.toContain('hunter2');
  });
});
