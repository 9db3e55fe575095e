import { HarnessError } from '../errors/harness-error.ts';
import { didYouMeanHint } from '../util/did-you-mean.ts';
import type { LedgerContents } from './ledger-file.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { MigratorFingerprint, RunContent } from './run-content.ts';

/** Whether a stage may be promoted to, and why (in one message that names what is missing or what changed). */
export type PromotionDecision =
  | { granted: true; from: string; evidence: LedgerEntry; message: string }
  | { granted: false; code: PromotionRefusal; from?: string; message: string; changed?: MigratorChange[] };

export type PromotionRefusal = 'ledger.tampered' | 'promotion.no-run' | 'promotion.no-passing-run' | 'promotion.chain-changed';

/** A migrator that differs between the passing run of the stage below and the chain now. */
export interface MigratorChange {
  change: 'edited' | 'added' | 'removed';
  step: string;
  kind: MigratorFingerprint['kind'];
  file: string;
  /** sha256 when the stage below passed, and now. */
  then?: string;
  now?: string;
}

export interface PromotionRequest {
  scenario: string;
  /** The stages in ladder order, lowest first (as the scenario declares them). */
  ladder: readonly string[];
  to: string;
  /** The chain as it is now. */
  content: Pick<RunContent, 'chain' | 'migrators'>;
}

/**
 * The gate of the ladder: promotion to a stage needs a passing run of the stage below it,
 * recorded in an intact ledger, with the same chain (content hash of every migrator). A
 * refusal says which stage is missing its passing run, or which migrator changed since it
 * passed.
 *
 * @example
 * decidePromotion(await readLedger(file), { scenario: 'identity-server', ladder: ['dev', 'pre-prod'], to: 'pre-prod', content });
 *
 * @throws HarnessError `CONFIG_INVALID` when `to` is no stage, or the lowest one.
 */
export function decidePromotion(ledger: LedgerContents, request: PromotionRequest): PromotionDecision {
  const { ladder, to, scenario } = request;
  const index = ladder.indexOf(to);
  if (index === -1) {
    throw new HarnessError(
      'CONFIG_INVALID',
      `Stage ${JSON.stringify(to)} is not declared in scenario ${JSON.stringify(scenario)}.${ladder.length > 0 ? ` ${didYouMeanHint(to, ladder)}` : ''}`.trimEnd(),
      { path: ['stages'], hint: ladder.length > 0 ? `The ladder, lowest first: ${ladder.join(' → ')}.` : 'Declare stages (dev, …, pre-prod) in the scenario.' },
    );
  }
  if (index === 0) {
    throw new HarnessError('CONFIG_INVALID', `Stage ${JSON.stringify(to)} is the lowest of the ladder (${ladder.join(' → ')}): there is no stage below it to promote from.`, {
      path: ['stages', to],
      hint: `Run it directly: pilot run <scenario> --stage ${to}.`,
    });
  }
  const from = ladder[index - 1]!;
  if (ledger.problems.length > 0) {
    return {
      granted: false,
      code: 'ledger.tampered',
      from,
      message: `The ledger ${ledger.file} has been tampered with, so it proves nothing: ${ledger.problems[0]!.message}${ledger.problems.length > 1 ? ` (and ${ledger.problems.length - 1} more problems)` : ''}`,
    };
  }
  const runs = ledger.entries.filter((e) => e.kind === 'run' && e.scenario === scenario && e.stage === from);
  if (runs.length === 0) {
    return {
      granted: false,
      code: 'promotion.no-run',
      from,
      message: `Stage ${from} has no recorded run of scenario ${JSON.stringify(scenario)} in ${ledger.file}, so ${to} cannot be promoted to. Run pilot run <scenario> --stage ${from} first.`,
    };
  }
  const passing = runs.filter((e) => e.verdict === 'promote');
  if (passing.length === 0) {
    const last = runs.at(-1)!;
    return {
      granted: false,
      code: 'promotion.no-passing-run',
      from,
      message: `Stage ${from} has ${runs.length} recorded ${runs.length === 1 ? 'run' : 'runs'} of scenario ${JSON.stringify(scenario)} and none passed (the last, #${last.seq} at ${last.at}, held with exit code ${last.exitCode}), so ${to} cannot be promoted to.`,
    };
  }
  const same = passing.findLast((e) => e.content.chain === request.content.chain);
  if (same) {
    return {
      granted: true,
      from,
      evidence: same,
      message: `Promotion of ${scenario} to ${to} granted: ${from} passed with this chain (run #${same.seq} at ${same.at}, chain sha256:${same.content.chain.slice(0, 12)}…).`,
    };
  }
  const latest = passing.at(-1)!;
  const changed = migratorChanges(latest.migrators, request.content.migrators);
  const named = changed.map(describeChange).join('; ');
  return {
    granted: false,
    code: 'promotion.chain-changed',
    from,
    changed,
    message:
      `The chain changed since ${from} passed (run #${latest.seq} at ${latest.at}), so ${to} cannot be promoted to: ${named || `chain sha256:${latest.content.chain.slice(0, 12)}… then, sha256:${request.content.chain.slice(0, 12)}… now`}. ` +
      `Run ${from} again with this chain (pilot run <scenario> --stage ${from}), or revert the change.`,
  };
}

/** What differs between two lists of migrators, matched by step and kind. */
export function migratorChanges(then: readonly MigratorFingerprint[], now: readonly MigratorFingerprint[]): MigratorChange[] {
  const key = (m: MigratorFingerprint) => `${m.kind} ${m.step}`;
  const before = new Map(then.map((m) => [key(m), m]));
  const after = new Map(now.map((m) => [key(m), m]));
  const changes: MigratorChange[] = [];
  for (const [k, m] of after) {
    const old = before.get(k);
    if (!old) changes.push({ change: 'added', step: m.step, kind: m.kind, file: m.file, now: m.checksum });
    else if (old.checksum !== m.checksum) changes.push({ change: 'edited', step: m.step, kind: m.kind, file: m.file, then: old.checksum, now: m.checksum });
  }
  for (const [k, m] of before) if (!after.has(k)) changes.push({ change: 'removed', step: m.step, kind: m.kind, file: m.file, then: m.checksum });
  return changes;
}

function describeChange(change: MigratorChange): string {
  const what = `${change.kind === 'config' ? 'config migrator' : 'migrator'} ${change.step} (${change.file})`;
  if (change.change === 'edited') return `${what} was edited (sha256:${change.then!.slice(0, 12)}… then, sha256:${change.now!.slice(0, 12)}… now)`;
  return change.change === 'added' ? `${what} was added` : `${what} was removed`;
}
