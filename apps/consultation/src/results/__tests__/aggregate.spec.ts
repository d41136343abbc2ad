import { buildQuestions } from '../../consultation/consultation.rules';
import { QuestionKind as K } from '../../consultation/consultation.model';
import { aggregate, borda } from '../aggregate';

describe('borda', () => {
  it('gives n − 1 − i points and orders best first, ties in option order', () => {
    expect(borda(['a', 'b', 'c'], [['c', 'b', 'a'], ['c', 'a', 'b'], ['b', 'a', 'c']])).toEqual([
      { option: 'c', score: 4, position: 1 },
      { option: 'b', score: 3, position: 2 },
      { option: 'a', score: 2, position: 3 },
    ]);
    expect(borda(['x', 'y'], []).map((r) => r.option)).toEqual(['x', 'y']);
  });
});

describe('aggregate', () => {
  const questions = buildQuestions([
    { kind: K.FREE_TEXT, prompt: 'tekst' },
    { kind: K.SCALE, prompt: 'skala', min: 1, max: 3 },
    { kind: K.RANKING, prompt: 'rang', options: ['a', 'b'] },
  ]);

  it('counts answers, computes the distribution and mean of scales and ranks options', () => {
    const [text, scale, ranking] = aggregate(questions, [
      { answers: [{ questionId: 'q1', text: 'hei' }, { questionId: 'q2', scale: 1 }, { questionId: 'q3', ranking: ['b', 'a'] }] },
      { answers: [{ questionId: 'q2', scale: 3 }] },
      { answers: [{ questionId: 'q2', scale: 3 }, { questionId: 'q3', ranking: ['b', 'a'] }] },
    ]);
    expect(text).toMatchObject({ answerCount: 1, mean: null, distribution: [], ranking: [] });
    expect(scale).toMatchObject({ answerCount: 3, mean: 7 / 3, distribution: [{ value: 1, count: 1 }, { value: 2, count: 0 }, { value: 3, count: 2 }] });
    expect(ranking.answerCount).toBe(2);
    expect(ranking.ranking).toEqual([{ option: 'b', score: 2, position: 1 }, { option: 'a', score: 0, position: 2 }]);
  });

  it('has no mean without answers', () => {
    expect(aggregate(questions, [])[1]).toMatchObject({ answerCount: 0, mean: null });
  });
});
