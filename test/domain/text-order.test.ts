import { describe, expect, it, vi } from 'vitest';
import { byCodeUnit } from '../../src/domain/text-order.js';

describe('byCodeUnit', () => {
  it.each([
    [['b', 'a', 'B', 'A'], ['A', 'B', 'a', 'b']],
    [['2026-12-02T10:00:00.000Z', '2026-01-31T23:59:59.999Z', '2026-12-02T09:59:59.999Z'], ['2026-01-31T23:59:59.999Z', '2026-12-02T09:59:59.999Z', '2026-12-02T10:00:00.000Z']],
    [['香港', 'hk-main', '工作', 'hk'], ['hk', 'hk-main', '工作', '香港']],
    [['ln_b', 'ln_a', 'ln_a'], ['ln_a', 'ln_a', 'ln_b']],
  ])('sorts %j as %j', (input, sorted) => {
    expect([...input].sort(byCodeUnit)).toEqual(sorted);
  });

  it('asks no collator (the first localeCompare of a run builds ICU\'s, about 9 ms)', () => {
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    try {
      ['b', 'a'].sort(byCodeUnit);
      expect(compare).not.toHaveBeenCalled();
    } finally {
      compare.mockRestore();
    }
  });
});
