import { CATALOGUES } from '@samspill/web-i18n';
import { toLang, translator } from '../messages';

describe('embed strings', () => {
  it('maps page languages to nb | nn | en, bokmål by default', () => {
    expect(['nn-NO', 'no', 'en-GB', 'nb', '', 'de'].map(toLang)).toEqual(['nn', 'nb', 'en', 'nb', 'nb', 'nb']);
  });

  it('reads its own strings under embed.* and shared domain terms from the root, with parameters', () => {
    expect(translator('nn')('portfolioTitle', { name: 'Sola' })).toBe('Digitaliseringsprosjekt i Sola');
    expect(translator('en')('phase.EXECUTION')).toBe(CATALOGUES.en.phase.EXECUTION);
    expect(translator('nb')('phase')).toBe('Fase');
    expect(translator('nb')('light.RED')).toBe('Rød');
  });

  it('finds every key the components use in all three languages', () => {
    const keys = ['portfolioTitle', 'benefitsTitle', 'initiativeAdopted', 'area.HEALTH_AND_CARE', 'case.ADAPTED', 'type.QUALITY', 'initiativeStatus.LAUNCHED', 'phase.CLOSED', 'light.YELLOW'];
    for (const lang of ['nb', 'nn', 'en'] as const) for (const k of keys) expect(translator(lang)(k)).not.toBe(k);
  });
});
