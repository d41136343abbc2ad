import { Answer, Question, QuestionKind } from '../consultation/consultation.model';

export interface ScaleBucket {
  value: number;
  count: number;
}

export interface RankedOption {
  option: string;
  /** Borda points: an option ranked i-th of n earns n − 1 − i. */
  score: number;
  position: number;
}

export interface QuestionResult {
  questionId: string;
  kind: QuestionKind;
  prompt: string;
  answerCount: number;
  mean: number | null;
  distribution: ScaleBucket[];
  ranking: RankedOption[];
}

/** Aggregates the answers of the counted responses, per question. */
export function aggregate(questions: Question[], responses: { answers: Answer[] }[]): QuestionResult[] {
  return questions.map((q) => {
    const answers = responses.flatMap((r) => r.answers.filter((a) => a.questionId === q.id));
    const result: QuestionResult = {
      questionId: q.id,
      kind: q.kind,
      prompt: q.prompt,
      answerCount: answers.length,
      mean: null,
      distribution: [],
      ranking: [],
    };
    if (q.kind === QuestionKind.SCALE) {
      const values = answers.map((a) => a.scale!);
      result.mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
      for (let v = q.min!; v <= q.max!; v++) result.distribution.push({ value: v, count: values.filter((x) => x === v).length });
    }
    if (q.kind === QuestionKind.RANKING) result.ranking = borda(q.options!, answers.map((a) => a.ranking!));
    return result;
  });
}

/** Borda count; ties keep the order the options were given in. */
export function borda(options: string[], rankings: string[][]): RankedOption[] {
  const score = new Map(options.map((o) => [o, 0]));
  for (const r of rankings) r.forEach((o, i) => score.set(o, (score.get(o) ?? 0) + r.length - 1 - i));
  return options
    .map((option, index) => ({ option, score: score.get(option)!, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ option, score: s }, i) => ({ option, score: s, position: i + 1 }));
}
