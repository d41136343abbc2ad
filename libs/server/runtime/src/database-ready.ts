import type { DataSource } from 'typeorm';
import type { Logger } from '@samspill/server-config';
import { initialiseDataSource, isDatabaseUnavailable } from '@samspill/server-db';
import { Backoff, sleep } from '@samspill/server-events';

/**
 * Connects and migrates, waiting for a database that is starting or restarting (a service
 * started together with its database, or restarted by the supervisor during a database
 * outage) instead of exiting. Gives up after `maxWaitMs`, so a wrong URL still stops the process.
 */
export async function waitForDatabase(ds: DataSource, url: string, schema: string, logger: Logger, maxWaitMs = 120000): Promise<void> {
  const backoff = new Backoff(250, 3000);
  const deadline = Date.now() + maxWaitMs;
  for (let failures = 0; ; failures++) {
    try {
      await initialiseDataSource(ds, url, schema);
      return;
    } catch (err) {
      if (ds.isInitialized) await ds.destroy().catch(() => undefined);
      if (!isDatabaseUnavailable(err) || Date.now() > deadline) throw err;
      if (failures % 10 === 0) logger.warn({ err: (err as Error).message }, 'database not reachable yet; retrying');
      await sleep(backoff.next());
    }
  }
}
