import { CATALOGUES, toLang, translator } from '../messages';

describe('embed message catalogues', () => {
  it('have the same keys in bokmål, nynorsk and English, none empty', () => {
    const keys = (lang: keyof typeof CATALOGUES) => Object.keys(CATALOGUES[lang]).sort();
    expect(keys('nn')).toEqual(keys('nb'));
    expect(keys('en')).toEqual(keys('nb'));
    for (const catalogue of Object.values(CATALOGUES)) for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
  });

  it('maps page languages to nb | nn | en, bokmål by default, and fills parameters', () => {
    expect(['nn-NO', 'no', 'en-GB', 'nb', '', 'de'].map(toLang)).toEqual(['nn', 'nb', 'en', 'nb', 'nb', 'nb']);
    expect(translator('nn')('portfolioTitle', { name: 'Sola' })).toBe('Digitaliseringsprosjekt i Sola');
  });
});
