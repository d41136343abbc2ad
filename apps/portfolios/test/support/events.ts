import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@samspill/contracts';
import { envelope } from '@samspill/server-testing';

export function launched(initiativeId: string, targets: string[], title = 'Digital innbyggerdialog'): EventEnvelope {
  return envelope('InitiativeLaunched', initiativeId, {
    initiativeId,
    networkId: 'digi-rogaland',
    goalId: randomUUID(),
    title,
    launchedAt: new Date().toISOString(),
    targetMunicipalityIds: targets,
    expectedBenefits: [],
  });
}
