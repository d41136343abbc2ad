import { canTransition, DomainError } from '@samspill/server-graphql';
import { buildQuestions, CONSULTATION_TRANSITIONS, validateAnswers } from '../consultation.rules';
import { ConsultationStatus as S, QuestionKind as K } from '../consultation.model';

const questions = buildQuestions([
  { kind: K.FREE_TEXT, prompt: 'Hva mener dere?', maxLength: 10 },
  { kind: K.SCALE, prompt: 'Hvor enig?', min: 1, max: 5 },
  { kind: K.RANKING, prompt: 'Ranger', options: ['a', 'b', 'c'] },
]);

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as DomainError).code;
  }
  return 'OK';
};

describe('consultation lifecycle', () => {
  it('goes DRAFT → OPEN → CLOSED → CONCLUDED and nowhere else', () => {
    const all = Object.values(S);
    const allowed = all.flatMap((from) => all.filter((to) => canTransition(CONSULTATION_TRANSITIONS, from, to)).map((to) => `${from}>${to}`));
    expect(allowed).toEqual(['DRAFT>OPEN', 'OPEN>CLOSED', 'CLOSED>CONCLUDED']);
  });
});

describe('questions', () => {
  it('numbers questions and fills defaults', () => {
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(buildQuestions([{ kind: K.SCALE, prompt: 'x' }])[0]).toMatchObject({ min: 1, max: 5 });
    expect(buildQuestions([{ kind: K.FREE_TEXT, prompt: 'x' }])[0].maxLength).toBe(5000);
  });

  it('refuses inconsistent questions', () => {
    expect(code(() => buildQuestions([]))).toBe('BAD_USER_INPUT');
    expect(code(() => buildQuestions([{ kind: K.SCALE, prompt: 'x', min: 5, max: 5 }]))).toBe('BAD_USER_INPUT');
    expect(code(() => buildQuestions([{ kind: K.RANKING, prompt: 'x', options: ['a', 'a'] }]))).toBe('BAD_USER_INPUT');
    expect(code(() => buildQuestions([{ kind: K.FREE_TEXT, prompt: 'x', maxLength: 5001 }]))).toBe('BAD_USER_INPUT');
  });
});

describe('answers', () => {
  it('accepts valid answers and keeps only the value of each kind, in question order', () => {
    expect(
      validateAnswers(questions, [
        { questionId: 'q3', ranking: ['c', 'a', 'b'], text: 'ignored' },
        { questionId: 'q1', text: 'ja' },
      ]),
    ).toEqual([
      { questionId: 'q1', text: 'ja' },
      { questionId: 'q3', ranking: ['c', 'a', 'b'] },
    ]);
  });

  it.each([
    ['no answers', []],
    ['unknown question', [{ questionId: 'q9', text: 'x' }]],
    ['same question twice', [{ questionId: 'q2', scale: 3 }, { questionId: 'q2', scale: 4 }]],
    ['text over maxLength', [{ questionId: 'q1', text: 'x'.repeat(11) }]],
    ['empty text', [{ questionId: 'q1', text: '  ' }]],
    ['scale below min', [{ questionId: 'q2', scale: 0 }]],
    ['scale above max', [{ questionId: 'q2', scale: 6 }]],
    ['scale not whole', [{ questionId: 'q2', scale: 2.5 }]],
    ['ranking missing an option', [{ questionId: 'q3', ranking: ['a', 'b'] }]],
    ['ranking repeating an option', [{ questionId: 'q3', ranking: ['a', 'a', 'b'] }]],
    ['ranking with a foreign option', [{ questionId: 'q3', ranking: ['a', 'b', 'x'] }]],
  ])('refuses %s with BAD_USER_INPUT', (_, answers) => {
    expect(code(() => validateAnswers(questions, answers))).toBe('BAD_USER_INPUT');
  });

  it('caps free text at 5000 characters whatever the question allows', () => {
    const [q] = buildQuestions([{ kind: K.FREE_TEXT, prompt: 'x' }]);
    expect(code(() => validateAnswers([q], [{ questionId: 'q1', text: 'x'.repeat(5000) }]))).toBe('OK');
    expect(code(() => validateAnswers([{ ...q, maxLength: 9999 }], [{ questionId: 'q1', text: 'x'.repeat(5001) }]))).toBe('BAD_USER_INPUT');
  });
});
