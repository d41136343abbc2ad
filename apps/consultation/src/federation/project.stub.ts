import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Project is owned by portfolios; this subgraph only adds fields to it (see subject.resolver.ts). */
@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectStub {
  @Field(() => ID) id: string;
}
