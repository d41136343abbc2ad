import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Public } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { MembershipType } from '../membership/membership.type';
import { MunicipalityConnection, MunicipalityType } from './municipality.type';
import { MunicipalityService } from './municipality.service';
import { MunicipalitiesArgs, RegisterMunicipalityInput, UpdateMunicipalityInput } from './dto/municipality.inputs';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  constructor(private readonly service: MunicipalityService) {}

  @Public()
  @Query(() => MunicipalityType, { description: 'One municipality by kommunenummer.' })
  municipality(@Arg('id', () => ID) id: string) {
    return this.service.get(id);
  }

  @Public()
  @Query(() => MunicipalityConnection)
  municipalities(@Args() args: MunicipalitiesArgs) {
    return this.service.list(args);
  }

  @Allow('platform-admin')
  @Mutation(() => MunicipalityType, { description: 'Platform administrators only: master data is shared by every network.' })
  registerMunicipality(@Arg('input') input: RegisterMunicipalityInput) {
    return this.service.register(input);
  }

  @Allow('platform-admin')
  @Mutation(() => MunicipalityType, { description: 'Platform administrators only: the population drives per-capita targets in every network.' })
  updateMunicipality(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateMunicipalityInput, @Ctx() ctx: Context) {
    return this.service.update(ctx.identity, id, input);
  }

  @FieldResolver(() => [MembershipType], { description: 'Network memberships, past and present.' })
  memberships(@Root() municipality: MunicipalityType, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsOfMunicipality.load(municipality.id);
  }
}
