import type { FaultWorld } from './fault-world';
import { GatewayClient, MutationCounters, newCounters } from './gateway-client';

export interface AcceptedDecision {
  caseId: string;
  decision: 'ADOPT' | 'DECLINE';
  projectId: string | null;
}

export interface AcceptedMeasurement {
  benefitId: string;
  projectId: string;
}

const DECIDE = `mutation($c: ID!, $i: DecideAdoptionInput!) { decideAdoption(caseId: $c, input: $i) { id status project { id } } }`;
const PLAN = `query($p: ID!) { benefitPlan(projectId: $p) { id benefits { id } } }`;
const MEASURE = `mutation($b: ID!, $i: MeasurementInput!) { recordMeasurement(benefitId: $b, input: $i) { id } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The clients of a scenario: municipalities deciding adoption cases at a steady rate (3 of 4
 * ADOPT, which opens a project, then a benefit plan; 1 of 4 DECLINE), every decision in flight
 * retried under its own Idempotency-Key until accepted; and, for every other adopted case, a
 * benefit owner who waits for the plan to appear and records a measurement (which drives the
 * goal progress in network-strategy). Everything goes through the gateway.
 */
export class DecisionStream {
  readonly decisions = newCounters();
  readonly measurements = newCounters();
  readonly accepted: AcceptedDecision[] = [];
  readonly measured: AcceptedMeasurement[] = [];
  private readonly client: GatewayClient;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly awaitingPlan: AcceptedDecision[] = [];
  private streaming = false;
  private next = 0;
  private loops: Promise<void>[] = [];

  constructor(
    gatewayUrl: string,
    private readonly world: FaultWorld,
    private readonly ratePerSecond: number,
  ) {
    this.client = new GatewayClient(gatewayUrl);
  }

  start(): void {
    this.streaming = true;
    this.loops = [this.decide(), this.followUp()];
  }

  /** Stops sending new mutations and waits until every one already sent is answered (or given up on). */
  async stop(log: (msg: string) => void): Promise<void> {
    this.streaming = false;
    const report = setInterval(() => log(`still in flight: ${JSON.stringify([...this.client.inFlight].slice(0, 5))} (${this.client.inFlight.size} in all)`), 15000);
    try {
      await Promise.all(this.loops);
      while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
    } finally {
      clearInterval(report);
    }
  }

  private track(p: Promise<unknown>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async decide(): Promise<void> {
    while (this.streaming) {
      const ref = this.world.cases[this.next];
      if (!ref) {
        // Every case is decided: the stream idles (the report shows fewer decisions than the rate promised).
        await sleep(1000);
        continue;
      }
      const n = this.next++;
      const decision = n % 4 === 3 ? 'DECLINE' : 'ADOPT';
      this.track(
        (async () => {
          const data = await this.client.mutate(this.decisions, DECIDE, { c: ref.caseId, i: { decision, rationale: `Feilkjøring ${n}` } }, this.world.editors.get(ref.municipalityId)!);
          if (!data) return;
          const accepted: AcceptedDecision = { caseId: ref.caseId, decision, projectId: data.decideAdoption.project?.id ?? null };
          this.accepted.push(accepted);
          if (decision === 'ADOPT' && n % 2 === 0) this.awaitingPlan.push(accepted);
        })(),
      );
      await sleep(1000 / this.ratePerSecond);
    }
  }

  /** One benefit owner at a time: looks up the plan of the oldest adopted case, measures once it is there. */
  private async followUp(): Promise<void> {
    while (this.streaming) {
      const next = this.awaitingPlan.shift();
      if (!next?.projectId) {
        await sleep(500);
        continue;
      }
      const token = this.world.editors.get(this.world.cases.find((c) => c.caseId === next.caseId)!.municipalityId)!;
      const plan = await this.client.once(PLAN, { p: next.projectId }, token);
      const benefitId: string | undefined = plan.kind === 'ok' ? plan.data.benefitPlan.benefits[0]?.id : undefined;
      if (!benefitId) {
        // Not there yet (the event is on its way): try the next one, come back to this later.
        this.awaitingPlan.push(next);
        await sleep(250);
        continue;
      }
      const measurement = (async () => {
        const data = await this.client.mutate(this.measurements, MEASURE, { b: benefitId, i: { measuredOn: '2025-06-30', value: '1000', source: 'feilkjøring' } }, token);
        if (data) this.measured.push({ benefitId, projectId: next.projectId! });
      })();
      this.track(measurement);
      await measurement;
    }
  }

  counters(): { decisions: MutationCounters; measurements: MutationCounters } {
    return { decisions: this.decisions, measurements: this.measurements };
  }
}
