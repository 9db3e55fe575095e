import semver from 'semver';
import { HarnessError } from '../errors/harness-error.ts';
import type { ChainRefusal } from './chain-result.ts';
import type { Migrator } from './migrator.ts';

/** What the planner needs of a migrator. */
export type PlannableMigrator = Pick<Migrator, 'from' | 'to' | 'relativeFile'>;

export interface PlanChainOptions {
  /** The version stored in the target. */
  from: string;
  /** The version to reach. */
  to: string;
  /** Versions every upgrade that crosses them must stop at (source document 004). */
  mandatory: readonly string[];
}

export type ChainPlan<M extends PlannableMigrator = Migrator> = { ok: true; steps: M[] } | { ok: false; refusal: ChainRefusal[] };

const MAX_LISTED_PATHS = 10;

/**
 * Plans the steps from the stored version to the target: the one path of migrators, each
 * starting where the previous one ended, using only migrators inside the range
 * (`from` ≥ stored and `to` ≤ target). Every mandatory version `v` with stored < v ≤ target
 * must be a stop on the path, so a migrator that jumps over one (1.3.0 → 3.1.0 across
 * 2.0.0) is not usable. Versions compare by semver precedence, prereleases included
 * (2.0.0-rc.1 < 2.0.0).
 *
 * Refuses, with every problem found: a stored version above the target, two migrators with
 * the same from and to (anywhere, not only in the range), a gap, a mandatory version
 * jumped over, more than one path. Stored = target is an empty plan.
 *
 * @example
 * const plan = planChain(migrators, { from: '1.3.0', to: '3.1.0', mandatory: ['2.0.0'] });
 * if (plan.ok) plan.steps.map((m) => m.to); // ['2.0.0', '3.0.0', '3.1.0']
 */
export function planChain<M extends PlannableMigrator>(migrators: readonly M[], options: PlanChainOptions): ChainPlan<M> {
  const stored = canonical(options.from, 'stored version');
  const target = canonical(options.to, 'target version');
  const nodes = migrators.map((migrator) => ({
    migrator,
    from: canonical(migrator.from, `"from" of ${migrator.relativeFile}`),
    to: canonical(migrator.to, `"to" of ${migrator.relativeFile}`),
  }));

  if (semver.gt(stored, target)) {
    return refuse({
      code: 'chain.stored-version-ahead',
      message:
        `The database already holds version ${stored} (its schema history says so), above the target version ${target}: the chain only moves up. ` +
        `Start from a database at ${target} or below (an older dump), or set the target version to ${stored} or higher.`,
      files: [],
    });
  }

  const duplicates = duplicateRefusals(nodes);
  if (duplicates.length > 0) return { ok: false, refusal: duplicates };
  if (semver.eq(stored, target)) return { ok: true, steps: [] };

  const mandatory = [...new Set(options.mandatory.map((v) => canonical(v, 'mandatory version')))]
    .filter((v) => semver.gt(v, stored) && semver.lte(v, target))
    .sort(semver.compare);
  const inRange = nodes
    .filter((n) => semver.gte(n.from, stored) && semver.lte(n.to, target) && semver.lt(n.from, n.to))
    .sort((a, b) => semver.compare(a.from, b.from) || semver.compare(a.to, b.to) || compareText(a.migrator.relativeFile, b.migrator.relativeFile));
  const jumped = (n: (typeof inRange)[number]) => mandatory.filter((v) => semver.gt(v, n.from) && semver.lt(v, n.to));
  const usable = inRange.filter((n) => jumped(n).length === 0);

  const reachable = reach(stored, usable);
  if (!reachable.has(target)) {
    const refusal: ChainRefusal[] = [];
    for (const jumper of inRange.filter((n) => jumped(n).length > 0 && reachable.has(n.from))) {
      const over = jumped(jumper);
      const stops = [jumper.from, ...over, jumper.to];
      refusal.push({
        code: 'chain.mandatory-skipped',
        message:
          `Migrator ${jumper.from} → ${jumper.to} (${jumper.migrator.relativeFile}) jumps over the mandatory ${plural(over.length, 'version')} ${list(over)}, ` +
          `so it cannot be used: an upgrade from ${stored} to ${target} must stop at ${list(over)}. ` +
          `Split it into ${list(stops.slice(1).map((to, i) => `${stops[i]} → ${to}`))}.`,
        files: [jumper.migrator.relativeFile],
      });
    }
    const anyPath = reach(stored, inRange);
    if (!anyPath.has(target)) refusal.push(gapRefusal(stored, target, anyPath, inRange, nodes, mandatory));
    return { ok: false, refusal };
  }

  const paths = pathsBetween(stored, target, usable);
  if (paths.count > 1) {
    const listed = paths.listed.map((path) => `  ${[stored, ...path.map((n) => n.to)].join(' → ')} (${path.map((n) => n.migrator.relativeFile).join(', ')})`);
    const more = paths.count > listed.length ? `\n  … and ${paths.count - listed.length} more` : '';
    const onEvery = paths.listed.reduce((common, path) => common.filter((n) => path.includes(n)), paths.listed[0]!);
    const differing = [...new Set(paths.listed.flat())].filter((n) => !onEvery.includes(n));
    return refuse({
      code: 'chain.ambiguous',
      message:
        `There are ${paths.count} ways from ${stored} to ${target}, and the chain must have exactly one:\n${listed.join('\n')}${more}\n` +
        'Remove the migrators of the ways not meant to run, or change their versions so that one way remains.',
      files: differing.map((n) => n.migrator.relativeFile),
    });
  }
  return { ok: true, steps: paths.listed[0]!.map((n) => n.migrator) };
}

interface Node<M> {
  migrator: M;
  from: string;
  to: string;
}

function refuse(refusal: ChainRefusal): { ok: false; refusal: ChainRefusal[] } {
  return { ok: false, refusal: [refusal] };
}

function duplicateRefusals<M extends PlannableMigrator>(nodes: readonly Node<M>[]): ChainRefusal[] {
  const groups = new Map<string, Node<M>[]>();
  for (const node of nodes) {
    const key = `${node.from} ${node.to}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const files = group.map((n) => n.migrator.relativeFile).sort(compareText);
      return {
        code: 'chain.duplicate' as const,
        message:
          `${group.length === 2 ? 'Two' : group.length} migrators go from ${group[0]!.from} to ${group[0]!.to}: ${list(files)}. ` +
          'Keep one: merge their SQL into one file, or give one of them other versions.',
        files,
      };
    });
}

function gapRefusal<M extends PlannableMigrator>(
  stored: string,
  target: string,
  reached: ReadonlySet<string>,
  inRange: readonly Node<M>[],
  all: readonly Node<M>[],
  mandatory: readonly string[],
): ChainRefusal {
  const furthest = [...reached].sort(semver.rcompare)[0]!;
  const next = inRange.filter((n) => semver.gt(n.from, furthest)).sort((a, b) => semver.compare(a.from, b.from))[0];
  const nextMandatory = mandatory.find((v) => semver.gt(v, furthest));
  const candidates = [target, next?.from, nextMandatory].filter((v): v is string => v !== undefined).sort(semver.compare);
  const suggestedTo = candidates[0]!;
  const why =
    suggestedTo === next?.from
      ? `where the next migrator starts (${next.migrator.relativeFile})`
      : suggestedTo === nextMandatory && suggestedTo !== target
        ? 'the next mandatory version'
        : 'the target version';
  const pastTarget = all.filter((n) => n.from === furthest && semver.gt(n.to, target));
  const overshoot =
    pastTarget.length > 0
      ? ` (${list(pastTarget.map((n) => `${n.from} → ${n.to} in ${n.migrator.relativeFile}`))} starts there but goes past the target)`
      : '';
  const arriving = inRange.filter((n) => n.to === furthest).map((n) => n.migrator.relativeFile);
  return {
    code: 'chain.gap',
    message:
      (furthest === stored
        ? `No migrator starts at the stored version ${stored}${overshoot}, so the chain to ${target} cannot begin. `
        : `No migrator starts at ${furthest}${overshoot}: from the stored version ${stored} the chain reaches ${furthest} at most, short of the target ${target}. `) +
      `Add a migrator from ${furthest} to ${suggestedTo}, ${why}.`,
    files: [...arriving, ...(next ? [next.migrator.relativeFile] : [])],
  };
}

/** Versions reachable from `start` through `edges`. */
function reach<M>(start: string, edges: readonly Node<M>[]): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const edge of edges) {
      if (edge.from === at && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/**
 * The number of paths from `start` to `end` (versions only go up, so the graph has no
 * cycles), and the first few of them in version order.
 */
function pathsBetween<M>(start: string, end: string, edges: readonly Node<M>[]): { count: number; listed: Node<M>[][] } {
  const counts = new Map<string, number>();
  const count = (at: string): number => {
    if (at === end) return 1;
    const known = counts.get(at);
    if (known !== undefined) return known;
    const total = edges.filter((e) => e.from === at).reduce((sum, e) => sum + count(e.to), 0);
    counts.set(at, total);
    return total;
  };
  const listed: Node<M>[][] = [];
  const walk = (at: string, path: Node<M>[]) => {
    if (listed.length >= MAX_LISTED_PATHS) return;
    if (at === end) {
      listed.push(path);
      return;
    }
    for (const edge of edges) if (edge.from === at && count(edge.to) > 0) walk(edge.to, [...path, edge]);
  };
  walk(start, []);
  return { count: count(start), listed };
}

function canonical(version: string, what: string): string {
  const valid = semver.valid(version);
  if (valid === null) {
    throw new HarnessError('CONFIG_INVALID', `The ${what} ${JSON.stringify(version)} is not a semantic version.`, {
      hint: 'Write versions as major.minor.patch, such as "2.0.0".',
    });
  }
  return valid;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
