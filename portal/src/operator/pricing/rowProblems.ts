import { ApiError } from '../../api/ApiError';

/** One entry of a refused publish: where (`line 12`, `meters[3] (line 40)`, `rates.EUR`) and what is wrong. */
export interface RowProblem {
  where: string;
  problem: string;
}

/**
 * The 400's `data` as rows: each entry is `where: reasons` (the reasons of one row joined by `; `), or only a
 * name (`header`), when the description says what is wrong with it.
 */
export function rowProblemsOf(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return [];
  }
  return error.data.filter((entry): entry is string => typeof entry === 'string').map((entry) => {
    const colon = entry.indexOf(': ');
    return colon < 0 ? { where: entry, problem: error.description } : { where: entry.slice(0, colon), problem: entry.slice(colon + 2) };
  });
}
