/**
 * Field errors of a form, by the id of the control they belong to. The server names a refused field
 * by its path in the request (`body.members.2.birthDate`); each form maps those paths to its controls.
 */
import type { FieldProblem } from './registry-api.ts';

export type FieldErrors = Record<string, string>;

/** The error summary's entries: a message, and the control it links to when there is one. */
export type Problem = { fieldId?: string; message: string };

/** `aria-describedby` for a control: its hint and, when it has one, its error. */
export function describedBy(errors: FieldErrors, id: string, hintId?: string): string | undefined {
  const ids = [hintId, errors[id] ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * Merges the server's field problems into errors by control: `fieldIdOf` names the control of a path,
 * or none; problems without a control, and repeats of one control's message, go to the summary once.
 */
export function collectProblems(
  problems: FieldProblem[],
  fieldIdOf: (path: string) => string | undefined,
): { errors: FieldErrors; summary: Problem[] } {
  const errors: FieldErrors = {};
  const summary: Problem[] = [];
  for (const problem of problems) {
    const fieldId = fieldIdOf(problem.path);
    if (fieldId && errors[fieldId]) continue;
    if (fieldId) errors[fieldId] = problem.message;
    if (!summary.some((entry) => entry.fieldId === fieldId && entry.message === problem.message)) {
      summary.push({ fieldId, message: problem.message });
    }
  }
  return { errors, summary };
}
