import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { conflict, keysetPage, notFound, requireNetworkAdmin } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { NetworkEntity } from './network.entity';
import type { CreateNetworkInput, NetworksArgs } from './dto/network.inputs';

export class NetworkService {
  constructor(private readonly ds: DataSource) {}

  async get(id: string): Promise<NetworkEntity> {
    const network = await this.ds.getRepository(NetworkEntity).findOneBy({ id });
    if (!network) throw notFound('Network', id);
    return network;
  }

  list(args: NetworksArgs) {
    const q = this.ds.getRepository(NetworkEntity).createQueryBuilder('n');
    if (args.region) q.where('n.region = :region', { region: args.region });
    return keysetPage(q, 'n', { column: 'name', valueOf: (n) => n.name }, args);
  }

  /** Founding a network: the caller must already be designated its administrator. */
  async create(identity: Identity, input: CreateNetworkInput): Promise<NetworkEntity> {
    requireNetworkAdmin(identity, input.id);
    return this.ds.transaction(async (m) => {
      if (await m.existsBy(NetworkEntity, { id: input.id })) throw conflict(`network ${input.id} already exists`);
      const network = await m.save(m.create(NetworkEntity, input));
      await publish(m, 'NetworkCreated', network.id, { networkId: network.id, name: network.name, region: network.region });
      return network;
    });
  }
}
