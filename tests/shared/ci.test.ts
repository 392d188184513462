import { describe, expect, it } from 'vitest';
import { inCI } from '../helpers/ci.ts';

describe('inCI', () => {
  it.each(['true', '1', 'yes', 'TRUE'])('is true for CI=%s', (CI) => {
    expect(inCI({ CI })).toBe(true);
  });

  it.each(['false', 'FALSE', '0', '', ' '])('is false for CI=%j', (CI) => {
    expect(inCI({ CI })).toBe(false);
  });

  it('is false when CI is not set', () => {
    expect(inCI({})).toBe(false);
  });
});
