import { badInput, TransitionTable } from '@samspill/server-graphql';
import { Answer, ConsultationStatus, MAX_TEXT, Question, QuestionKind } from './consultation.model';

/** DRAFT → OPEN → CLOSED → CONCLUDED; no way back. */
export const CONSULTATION_TRANSITIONS: TransitionTable<ConsultationStatus> = {
  [ConsultationStatus.DRAFT]: [ConsultationStatus.OPEN],
  [ConsultationStatus.OPEN]: [ConsultationStatus.CLOSED],
  [ConsultationStatus.CLOSED]: [ConsultationStatus.CONCLUDED],
  [ConsultationStatus.CONCLUDED]: [],
};

export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  maxLength?: number | null;
  min?: number | null;
  max?: number | null;
  options?: string[] | null;
}

/** Normalises question drafts into questions with stable ids (q1, q2 …), rejecting inconsistent ones. */
export function buildQuestions(drafts: QuestionDraft[]): Question[] {
  if (drafts.length === 0) throw badInput('a consultation needs at least one question', 'questions');
  return drafts.map((d, i) => {
    const id = `q${i + 1}`;
    const base = { id, kind: d.kind, prompt: d.prompt, maxLength: null, min: null, max: null, options: null };
    switch (d.kind) {
      case QuestionKind.FREE_TEXT: {
        const maxLength = d.maxLength ?? MAX_TEXT;
        if (maxLength < 1 || maxLength > MAX_TEXT) throw badInput(`${id}: maxLength must be 1 to ${MAX_TEXT}`, 'questions');
        return { ...base, maxLength };
      }
      case QuestionKind.SCALE: {
        const min = d.min ?? 1;
        const max = d.max ?? 5;
        if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min > 100) {
          throw badInput(`${id}: a scale needs integer min < max, at most 100 apart`, 'questions');
        }
        return { ...base, min, max };
      }
      case QuestionKind.RANKING: {
        const options = d.options ?? [];
        if (options.length < 2 || options.length > 20 || new Set(options).size !== options.length || options.some((o) => !o.trim())) {
          throw badInput(`${id}: a ranking needs 2 to 20 distinct, non-empty options`, 'questions');
        }
        return { ...base, options };
      }
    }
  });
}

/** Checks answers against the questions; returns them in question order, each holding only its kind's value. */
export function validateAnswers(questions: Question[], answers: Answer[]): Answer[] {
  if (answers.length === 0) throw badInput('answer at least one question', 'answers');
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) throw badInput(`no question ${a.questionId}`, 'answers');
    if (seen.has(a.questionId)) throw badInput(`question ${a.questionId} is answered twice`, 'answers');
    seen.add(a.questionId);
    checkAnswer(q, a);
  }
  return questions.flatMap((q): Answer[] => {
    const a = answers.find((x) => x.questionId === q.id);
    if (!a) return [];
    if (q.kind === QuestionKind.FREE_TEXT) return [{ questionId: q.id, text: a.text! }];
    if (q.kind === QuestionKind.SCALE) return [{ questionId: q.id, scale: a.scale! }];
    return [{ questionId: q.id, ranking: [...a.ranking!] }];
  });
}

function checkAnswer(q: Question, a: Answer): void {
  const where = `answer to ${q.id}`;
  switch (q.kind) {
    case QuestionKind.FREE_TEXT: {
      if (typeof a.text !== 'string' || !a.text.trim()) throw badInput(`${where} needs a text`, 'answers');
      const limit = Math.min(q.maxLength ?? MAX_TEXT, MAX_TEXT);
      if (a.text.length > limit) throw badInput(`${where} is longer than ${limit} characters`, 'answers');
      return;
    }
    case QuestionKind.SCALE:
      if (typeof a.scale !== 'number' || !Number.isInteger(a.scale) || a.scale < q.min! || a.scale > q.max!) {
        throw badInput(`${where} must be a whole number from ${q.min} to ${q.max}`, 'answers');
      }
      return;
    case QuestionKind.RANKING: {
      const options = q.options!;
      const r = a.ranking ?? [];
      if (r.length !== options.length || new Set(r).size !== r.length || !r.every((o) => options.includes(o))) {
        throw badInput(`${where} must rank every option exactly once`, 'answers');
      }
    }
  }
}
