import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Project is owned by another subgraph; benefits only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectStub {
  @Field(() => ID) id: string;

  /** Owned by portfolios; the gateway fetches it for the fields that @requires it (public benefit realisation). */
  @Directive('@external')
  @Field()
  published: boolean;
}

export const projectStubReference = {
  __resolveReference(ref: { id: string; published?: boolean }): ProjectStub {
    return { id: ref.id, published: ref.published === true };
  },
};
