/**
 * Common table expressions that one context renders for another context's statement, so a unit of work writes
 * several contexts' tables in one round trip while each table's SQL stays in its owner's repository. The owner gets
 * the number of the first parameter it may use (`$first`, `$first + 1`, ...) and returns its CTEs, named after that
 * number so two fragments never clash; the text depends only on `first` and on the fragment's shape, never on the
 * values, so the statement carrying it can still be `prepared()`.
 */
export type SqlFragment = (first: number) => { ctes: string[]; params: unknown[] };

/**
 * Appends the fragments' parameters to `params` (after the statement's own) and returns their CTEs, each preceded
 * by a comma, to follow the statement's own CTEs in its WITH list. Data-modifying CTEs run exactly once whether or
 * not the main query reads them, all on the statement's snapshot.
 */
export function renderFragments(params: unknown[], fragments: readonly SqlFragment[]): string {
  let text = '';
  for (const fragment of fragments) {
    const { ctes, params: own } = fragment(params.length + 1);
    for (const cte of ctes) text += `, ${cte}`;
    params.push(...own);
  }
  return text;
}
