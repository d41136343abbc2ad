import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Project is owned by another subgraph; benefits only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectStub {
  @Field(() => ID) id: string;
}

export const projectStubReference = {
  __resolveReference(ref: { id: string }): ProjectStub {
    return { id: ref.id };
  },
};
