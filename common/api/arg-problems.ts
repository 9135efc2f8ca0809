/** A request's invalid arguments as problems naming each field, for every host and worker alike. */
import type { z } from 'zod';
import { error, formatPath, type Problem } from '../deck/problems';

/** The first 20 issues of `issues` as problems (a broken deck can have thousands). */
export function argProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues
    .slice(0, 20)
    .map((issue) =>
      error(issue.path.length ? formatPath(issue.path) : '(the request)', issue.message),
    );
}
