import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, conflict, keysetPage, notFound } from '@samspill/server-graphql';
import { requirePlatformAdmin } from '../common/access-policy';
import { publish } from '../common/outbox';
import { MunicipalityEntity } from './municipality.entity';
import { checkKommunenummer } from './kommunenummer';
import type { MunicipalitiesArgs, RegisterMunicipalityInput, UpdateMunicipalityInput } from './dto/municipality.inputs';

const eventPayload = (m: MunicipalityEntity) => ({ municipalityId: m.id, name: m.name, county: m.county, population: m.population });

export class MunicipalityService {
  constructor(private readonly ds: DataSource) {}

  async get(id: string): Promise<MunicipalityEntity> {
    const check = checkKommunenummer(id);
    if (!check.valid) throw badInput(check.reason, 'id');
    const municipality = await this.ds.getRepository(MunicipalityEntity).findOneBy({ id });
    if (!municipality) throw notFound('Municipality', id);
    return municipality;
  }

  list(args: MunicipalitiesArgs) {
    const q = this.ds.getRepository(MunicipalityEntity).createQueryBuilder('m');
    if (args.county) q.andWhere('m.county = :county', { county: args.county });
    if (args.nameContains) q.andWhere('m.name ILIKE :name', { name: `%${args.nameContains.replace(/[%_\\]/g, '\\$&')}%` });
    if (args.networkId) {
      q.andWhere(
        'EXISTS (SELECT 1 FROM membership ms WHERE ms.municipality_id = m.id AND ms.network_id = :networkId AND ms.left_on IS NULL)',
        { networkId: args.networkId },
      );
    }
    return keysetPage(q, 'm', { column: 'id', valueOf: (m) => m.id }, args);
  }

  /** Municipalities are shared reference data; any network administrator may register one. */
  async register(input: RegisterMunicipalityInput): Promise<MunicipalityEntity> {
    const check = checkKommunenummer(input.id);
    if (!check.valid) throw badInput(check.reason, 'id');
    return this.ds.transaction(async (m) => {
      if (await m.existsBy(MunicipalityEntity, { id: input.id })) throw conflict(`municipality ${input.id} is already registered`);
      const municipality = await m.save(m.create(MunicipalityEntity, { ...input, county: check.county }));
      await publish(m, 'MunicipalityRegistered', municipality.id, eventPayload(municipality));
      return municipality;
    });
  }

  async update(identity: Identity, id: string, input: UpdateMunicipalityInput): Promise<MunicipalityEntity> {
    const existing = await this.get(id);
    requirePlatformAdmin(identity);
    return this.ds.transaction(async (m) => {
      const municipality = await m.save(MunicipalityEntity, {
        ...existing,
        ...(input.name !== undefined && input.name !== null ? { name: input.name } : {}),
        ...(input.population !== undefined && input.population !== null ? { population: input.population } : {}),
      });
      await publish(m, 'MunicipalityUpdated', id, eventPayload(municipality));
      return municipality;
    });
  }
}
