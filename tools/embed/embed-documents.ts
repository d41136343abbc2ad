import { print } from 'graphql';
import { EmbedBenefitsDocument, EmbedInitiativeDocument, EmbedPortfolioDocument } from '../../libs/client/src/generated/graphql';

/**
 * The embeds' operations as the text registered as trusted documents, by the embed's names.
 * Written in libs/client/src/operations/embed.ts and typed by GraphQL Code Generator.
 */
export const DOCUMENTS = {
  portfolio: print(EmbedPortfolioDocument),
  benefits: print(EmbedBenefitsDocument),
  initiative: print(EmbedInitiativeDocument),
};
