// A grade's label from its id, for tables and sentences that hold grade ids. Pure.
import type { Grade } from '../dataset/types.ts';

/** The label of the grade with this id on the scale, or the id itself when the scale lacks it. */
export function gradeLabel(grades: readonly Grade[], id: string): string {
  return grades.find((g) => g.id === id)?.label ?? id;
}
