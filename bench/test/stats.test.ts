import { describe, expect, it } from 'vitest';
import { median, spread } from '../src/serve';

describe('the statistics the bench reports', () => {
  it('median: the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('spread: the 25th and 75th percentiles, interpolated, of unsorted values', () => {
    expect(spread([5, 1, 4, 2, 3])).toBe('2–4');
    expect(spread([1, 2, 3, 4])).toBe('1.75–3.25');
    expect(spread([0.7])).toBe('0.7–0.7');
    expect(spread([])).toBe('—');
  });
});
