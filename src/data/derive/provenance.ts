// Every derived record carries where its figures came from; this is the one way to take it.
import type { Provenance } from '../../dataset/types.ts';

/** The source and location of a row's values, without the rest of the row. */
export const provenanceOf = (v: {
  readonly source: string;
  readonly location: string;
}): Provenance => ({
  source: v.source,
  location: v.location,
});
