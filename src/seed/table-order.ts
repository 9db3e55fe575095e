import { HarnessError } from '../errors/harness-error.ts';

/** Table `from` has a column (`column`) that refers to table `to`. */
export interface TableReference {
  from: string;
  column: string;
  to: string;
}

/**
 * Orders tables so that every referenced table loads before the tables that reference it,
 * keeping the spec's order where references allow. A table referring to itself is fine (its
 * rows refer to earlier rows); a cycle through several tables is a config error.
 *
 * @example
 * tableLoadOrder(['app_fd_leave', 'dir_user'], [{ from: 'app_fd_leave', column: 'c_user', to: 'dir_user' }]);
 * // ['dir_user', 'app_fd_leave']
 */
export function tableLoadOrder(tables: readonly string[], references: readonly TableReference[]): string[] {
  const dependsOn = new Map<string, TableReference[]>(tables.map((t) => [t, []]));
  for (const reference of references) {
    if (reference.from !== reference.to) dependsOn.get(reference.from)?.push(reference);
  }
  const placed = new Set<string>();
  const order: string[] = [];
  while (order.length < tables.length) {
    const next = tables.find((t) => !placed.has(t) && dependsOn.get(t)!.every((r) => placed.has(r.to)));
    if (next === undefined) throw cycleError(tables.filter((t) => !placed.has(t)), dependsOn, placed);
    placed.add(next);
    order.push(next);
  }
  return order;
}

function cycleError(remaining: string[], dependsOn: Map<string, TableReference[]>, placed: Set<string>): HarnessError {
  // Every remaining table waits on another remaining one; walking those edges must come back.
  const walk: TableReference[] = [];
  const seenAt = new Map<string, number>();
  let table = remaining[0]!;
  while (!seenAt.has(table)) {
    seenAt.set(table, walk.length);
    const edge = dependsOn.get(table)!.find((r) => !placed.has(r.to))!;
    walk.push(edge);
    table = edge.to;
  }
  const cycle = walk.slice(seenAt.get(table));
  const first = cycle[0]!;
  const names = [...cycle.map((r) => `${JSON.stringify(r.from)}.${JSON.stringify(r.column)}`), JSON.stringify(first.from)];
  return new HarnessError('CONFIG_INVALID', `The data references form a cycle: ${names.join(' → ')}, so no table can load first.`, {
    path: ['data', 'tables', first.from, 'columns', first.column, 'ref'],
    hint: 'Generate one of these columns without ref (nullRatio: 1, or a value) and fill it in a migrator after seeding.',
  });
}
