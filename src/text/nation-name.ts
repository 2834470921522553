// A nation's name as the pages write it.
import type { Nation } from '../domain/vocabulary.ts';

const NATION_NAMES: Readonly<Record<Nation, string>> = { england: 'England', wales: 'Wales' };

/** "England", "Wales". */
export function nationName(nation: Nation): string {
  return NATION_NAMES[nation];
}
