import { BoundedLabel } from '../bounded-label';

describe('BoundedLabel', () => {
  it('keeps the first values, then maps new ones to "other"', () => {
    const label = new BoundedLabel(2);
    expect(label.value('ListCases')).toBe('ListCases');
    expect(label.value('Decide')).toBe('Decide');
    expect(label.value('ListCases')).toBe('ListCases');
    expect(label.value('Third')).toBe('other');
  });

  it('names missing values and cleans odd characters', () => {
    const label = new BoundedLabel(5);
    expect(label.value(undefined)).toBe('anonymous');
    expect(label.value('a"b{c}\n')).toBe('a_b_c__');
    expect(label.value('x'.repeat(100))).toHaveLength(64);
  });
});
