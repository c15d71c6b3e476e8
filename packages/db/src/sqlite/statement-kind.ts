import { DeleteQueryNode, InsertQueryNode, type RootOperationNode, UpdateQueryNode } from 'kysely';

/**
 * Whether a compiled query is executed with sqlite3's `all` (rows come back) or `run` (lastID and
 * changes come back). Decided from the query tree, never by reading the SQL text.
 *
 * Only an insert, update or delete without `returning` (and not wrapped in `explain`) goes to `run`.
 * Everything else goes to `all`, including raw `sql` nodes: a raw node is opaque, and `all` is
 * correct for every statement (it yields `[]` for statements without a result set) whereas `run`
 * would silently drop the rows of a raw select. The price is that a raw insert/update/delete
 * reports no insertId / numAffectedRows; use the query builder when those are needed.
 */
export function returnsRows(node: RootOperationNode): boolean {
  if (InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node)) {
    return node.returning !== undefined || node.explain !== undefined;
  }
  return true;
}
