import type { z } from 'zod';
import { type Problem, problem } from './problem.ts';

function valueAt(json: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let here: unknown = json;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key))
      return { found: false };
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: here };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // JSON.stringify writes Infinity and NaN as null, which would name the wrong value.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Turns Zod's issues into problems a contributor can act on. */
export function schemaProblems(file: string, json: unknown, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const at = valueAt(json, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push(
            problem(
              file,
              [...path, key],
              `unknown field "${key}": remove it or correct its spelling`,
            ),
          );
        }
        break;
      case 'invalid_type':
        problems.push(
          problem(
            file,
            path,
            at.found
              ? `expected ${issue.expected}, found ${kindOf(at.value)}: change it to a ${issue.expected}`
              : `required field is missing: add it (a ${issue.expected})`,
          ),
        );
        break;
      case 'invalid_value': {
        const choices = issue.values.map((v) => JSON.stringify(v)).join(', ');
        problems.push(
          problem(
            file,
            path,
            at.found
              ? `${JSON.stringify(at.value)} is not allowed: use one of ${choices}`
              : `required field is missing: add one of ${choices}`,
          ),
        );
        break;
      }
      case 'too_small':
      case 'too_big':
        problems.push(
          problem(
            file,
            path,
            `${issue.message.replace(/^Too (small|big): /, 'out of range: ')}; correct the value`,
          ),
        );
        break;
      default:
        problems.push(problem(file, path, `${issue.message}; correct the value`));
    }
  }
  return problems;
}
