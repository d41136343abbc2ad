export const NETWORK = 'digi-rogaland';

export const OPTIONS = ['Digital kompetanse', 'Informasjonssikkerhet', 'Felles plattformer', 'Innbyggerdialog'];

export const QUESTIONS = [
  { kind: 'FREE_TEXT', prompt: 'Hva bør strategien legge mer vekt på?', maxLength: 500 },
  { kind: 'SCALE', prompt: 'Hvor enig er du i visjonen?', min: 1, max: 5 },
  { kind: 'RANKING', prompt: 'Ranger innsatsområdene', options: OPTIONS },
];

/** Deterministic pseudo-random numbers (mulberry32), so a failing run can be repeated. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GeneratedAnswer = { questionId: string; text?: string; scale?: number; ranking?: string[] };

export function generateAnswers(rand: () => number, label: string): GeneratedAnswer[] {
  const ranking = [...OPTIONS];
  for (let i = ranking.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ranking[i], ranking[j]] = [ranking[j], ranking[i]];
  }
  return [
    { questionId: 'q1', text: `Innspill fra ${label}` },
    { questionId: 'q2', scale: 1 + Math.floor(rand() * 5) },
    { questionId: 'q3', ranking },
  ];
}
