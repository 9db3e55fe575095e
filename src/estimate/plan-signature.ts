/**
 * The shape of a query plan without its numbers: node types, the relations and indexes
 * they read, join types and strategies, and planned parallel workers. Two plans with the
 * same signature do the same kind of work at any size; a different signature at another
 * scale (a parallel scan appearing, a nested loop turning into a hash join) means the
 * measured times do not follow one cost curve.
 *
 * @example
 * planSignature(explainJson); // 'Update on app_formuploads > Seq Scan on app_formuploads'
 */
export function planSignature(explain: unknown): string {
  const root = planRoot(explain);
  return root ? describe(root) : '';
}

/** The relations a plan reads or writes, schema-qualified when the plan says so, sorted. */
export function planRelations(explain: unknown): string[] {
  const root = planRoot(explain);
  const found = new Set<string>();
  const walk = (node: PlanNode) => {
    const relation = node['Relation Name'];
    if (typeof relation === 'string') {
      const schema = node.Schema;
      found.add(typeof schema === 'string' && schema !== 'public' ? `${schema}.${relation}` : relation);
    }
    for (const child of children(node)) walk(child);
  };
  if (root) walk(root);
  return [...found].sort();
}

type PlanNode = Record<string, unknown>;

/** `EXPLAIN (FORMAT JSON)` gives `[{ Plan: {…} }]`, as parsed JSON or as text, by driver. */
function planRoot(explain: unknown): PlanNode | undefined {
  let value = explain;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const first = Array.isArray(value) ? value[0] : value;
  const plan = (first as { Plan?: unknown } | undefined)?.Plan;
  return typeof plan === 'object' && plan !== null ? (plan as PlanNode) : undefined;
}

function children(node: PlanNode): PlanNode[] {
  const plans = node.Plans;
  return Array.isArray(plans) ? (plans.filter((p) => typeof p === 'object' && p !== null) as PlanNode[]) : [];
}

function describe(node: PlanNode): string {
  const parts = [String(node['Node Type'] ?? '?')];
  const operation = node.Operation;
  if (node['Node Type'] === 'ModifyTable' && typeof operation === 'string') parts[0] = operation;
  for (const key of ['Strategy', 'Join Type', 'Partial Mode', 'Scan Direction'] as const) {
    const value = node[key];
    if (typeof value === 'string' && value !== 'Plain' && value !== 'Inner' && value !== 'Simple' && value !== 'Forward') parts.push(value);
  }
  const relation = node['Relation Name'];
  if (typeof relation === 'string') parts.push(`on ${relation}`);
  const index = node['Index Name'];
  if (typeof index === 'string') parts.push(`using ${index}`);
  const workers = node['Workers Planned'];
  if (typeof workers === 'number') parts.push(`(${workers} workers)`);
  const own = parts.join(' ');
  const below = children(node).map(describe);
  if (below.length === 0) return own;
  return below.length === 1 ? `${own} > ${below[0]}` : `${own} > (${below.join(', ')})`;
}
