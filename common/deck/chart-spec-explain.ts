/** Words for what zod found wrong with a chart spec: a path in the spec and what is wrong there. */
import type { z } from 'zod';

/** One thing wrong with a chart spec: where in the spec, and what. */
export interface ChartSpecProblem {
  path: PropertyKey[];
  what: string;
}

type Issue = z.core.$ZodIssue;

const listed = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * An issue in words a lecturer can act on, at its full path: a union's failure is told by the
 * branch that got furthest into the value.
 */
export function explain(issue: Issue): ChartSpecProblem {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { path: issue.path, what: `has ${listed(issue.keys)}, which a chart may not use` };
    case 'invalid_union': {
      const depth = (branch: readonly Issue[]) => Math.max(...branch.map((i) => i.path.length));
      const best = issue.errors.filter((b) => b.length).sort((a, b) => depth(b) - depth(a))[0]?.[0];
      if (!best) return { path: issue.path, what: 'is not a value a chart may use' };
      const inner = explain(best);
      return { path: [...issue.path, ...inner.path], what: inner.what };
    }
    case 'invalid_value':
      return {
        path: issue.path,
        what: `must be ${issue.values.length === 1 ? listed(issue.values) : `one of ${listed(issue.values)}`}`,
      };
    case 'invalid_type':
      return {
        path: issue.path,
        what:
          issue.expected === 'never'
            ? 'is not something a chart may use'
            : `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`,
      };
    case 'too_big':
      return {
        path: issue.path,
        what:
          issue.origin === 'array'
            ? `may have at most ${issue.maximum} items`
            : issue.origin === 'string'
              ? `may be at most ${issue.maximum} characters long`
              : `may be at most ${issue.maximum}`,
      };
    case 'too_small':
      return {
        path: issue.path,
        what:
          issue.origin === 'array'
            ? `needs at least ${issue.minimum} items`
            : issue.origin === 'string'
              ? 'may not be empty'
              : `must be at least ${issue.minimum}`,
      };
    default:
      return { path: issue.path, what: issue.message };
  }
}
