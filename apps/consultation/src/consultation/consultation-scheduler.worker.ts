import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@samspill/server-config';
import type { ServiceWorker } from '@samspill/server-runtime';
import { ConsultationEntity } from './consultation.entity';
import { closeNow, openNow } from './consultation-lifecycle.service';

const BATCH = 50;

export const SCHEDULER_WORKER = 'consultation-scheduler';

/**
 * Opens drafts whose opensAt has come and closes open consultations whose closesAt has come.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas (and an admin acting at the same
 * moment) never act twice on one consultation; each step commits with its event.
 */
export class ConsultationScheduler implements ServiceWorker {
  readonly name = SCHEDULER_WORKER;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
  }

  /** One pass; overlapping ticks are skipped rather than queued. */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.pass()
        .catch((err) => this.logger.error({ err }, 'scheduler pass failed'))
        .finally(() => (this.running = null));
    }
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async pass(): Promise<void> {
    const opened = await this.step(`status = 'DRAFT' AND opens_at <= now()`, 'opens_at', openNow);
    const closed = await this.step(`status = 'OPEN' AND closes_at <= now()`, 'closes_at', closeNow);
    if (opened + closed > 0) this.logger.info({ opened, closed }, 'scheduled consultation changes');
  }

  private step(due: string, order: string, act: (m: EntityManager, c: ConsultationEntity) => Promise<unknown>): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `SELECT id FROM consultation WHERE ${due} ORDER BY ${order}, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      for (const { id } of rows) {
        const c = await m.findOneByOrFail(ConsultationEntity, { id });
        await act(m, c);
      }
      return rows.length;
    });
  }
}
