import { describe, expect, it } from 'vitest';
import { sealEntry, type LedgerEntry, type LedgerEntryDraft } from './ledger-entry.ts';
import { decidePromotion } from './promotion-gate.ts';
import { chainHash, type MigratorFingerprint } from './run-content.ts';

const m = (step: string, checksum: string, kind: MigratorFingerprint['kind'] = 'sql'): MigratorFingerprint => ({ step, kind, file: `migrations/${step.replace(' → ', '-')}.sql`, checksum: checksum.repeat(64) });
const chainOf = (migrators: MigratorFingerprint[]) => ({ chain: chainHash(migrators), migrators });
const v1 = [m('1.0.0 → 1.1.0', 'a'), m('1.1.0 → 2.0.0', 'b')];

function ledger(...drafts: Partial<LedgerEntryDraft>[]) {
  const entries: LedgerEntry[] = [];
  for (const d of drafts) {
    const content = chainOf(d.migrators ?? v1);
    entries.push(
      sealEntry(
        { kind: 'run', scenario: 'app', stage: 'dev', at: '2026-11-21T10:00:00.000Z', verdict: 'promote', exitCode: 0, content: { chain: content.chain, scenario: 's', data: 'd', engines: 'e' }, migrators: content.migrators, ...d },
        entries.at(-1),
      ),
    );
  }
  return { file: 'ledger.jsonl', entries, problems: [] };
}
const request = (migrators = v1) => ({ scenario: 'app', ladder: ['dev', 'test', 'pre-prod'], to: 'test', content: chainOf(migrators) });

describe('decidePromotion', () => {
  it('grants promotion on a passing run of the stage below with the same chain', () => {
    const decision = decidePromotion(ledger({ verdict: 'hold', exitCode: 1 }, {}), request());
    expect(decision).toMatchObject({ granted: true, from: 'dev', evidence: { seq: 2 } });
  });

  it('names the migrators that changed since the stage below passed', () => {
    const now = [m('1.0.0 → 1.1.0', 'c'), m('1.1.0 → 2.0.0', 'b'), m('1.0.0 → 2.0.0', 'f', 'config')];
    const decision = decidePromotion(ledger({}), request(now));
    expect(decision.granted).toBe(false);
    expect(decision.message).toBe(
      'The chain changed since dev passed (run #1 at 2026-11-21T10:00:00.000Z), so test cannot be promoted to: ' +
        'migrator 1.0.0 → 1.1.0 (migrations/1.0.0-1.1.0.sql) was edited (sha256:aaaaaaaaaaaa… then, sha256:cccccccccccc… now); ' +
        'config migrator 1.0.0 → 2.0.0 (migrations/1.0.0-2.0.0.sql) was added. Run dev again with this chain (pilot run <scenario> --stage dev), or revert the change.',
    );
  });

  it('looks only at the stage right below, of the same scenario', () => {
    const decision = decidePromotion(ledger({ scenario: 'other', stage: 'test' }, { stage: 'test', verdict: 'hold', exitCode: 1 }), { ...request(), to: 'pre-prod' });
    expect(decision).toMatchObject({ granted: false, code: 'promotion.no-passing-run', from: 'test' });
    expect(decidePromotion(ledger({ scenario: 'other' }), request())).toMatchObject({ granted: false, code: 'promotion.no-run' });
  });

  it('refuses on a tampered ledger whatever it holds', () => {
    const tampered = { ...ledger({}), problems: [{ line: 1, message: 'line 1 does not match its hash.' }] };
    expect(decidePromotion(tampered, request())).toMatchObject({ granted: false, code: 'ledger.tampered' });
  });
});
