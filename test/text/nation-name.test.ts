import { expect, test } from 'vitest';
import { nationName } from '../../src/text/nation-name.ts';

test("nationName('wales') is 'Wales'; nationName('england') is 'England'", () => {
  expect(nationName('wales')).toBe('Wales');
  expect(nationName('england')).toBe('England');
});
