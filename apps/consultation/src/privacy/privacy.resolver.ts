import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SignedIn } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly service: PrivacyService) {}

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Erases a participant\'s personal data (the participant themself, or the data controller: a platform administrator); their answers stay, anonymised. True if there was any.',
  })
  eraseParticipant(@Arg('participantSubject') participantSubject: string, @Ctx() ctx: Context) {
    return this.service.erase(ctx.identity, participantSubject);
  }
}
