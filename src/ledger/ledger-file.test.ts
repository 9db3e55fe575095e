import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LedgerEntryDraft } from './ledger-entry.ts';
import { appendToLedger, readLedger, verifyLedgerText } from './ledger-file.ts';

const run = promisify(execFile);
const draft = (stage: string, verdict: 'promote' | 'hold' = 'promote'): LedgerEntryDraft => ({
  kind: 'run',
  scenario: 's',
  stage,
  at: '2026-11-21T00:00:00.000Z',
  verdict,
  exitCode: verdict === 'promote' ? 0 : 1,
  content: { chain: 'a'.repeat(64), scenario: 'b'.repeat(64), data: 'c'.repeat(64), engines: 'd'.repeat(64) },
  migrators: [{ step: '1.0.0 → 1.1.0', kind: 'sql', file: 'm/1.sql', checksum: 'e'.repeat(64) }],
});

async function ledgerWith(...stages: string[]): Promise<{ file: string; lines: string[] }> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'pilot-ledger-')), 'ledger.jsonl');
  for (const stage of stages) await appendToLedger(file, draft(stage));
  return { file, lines: stages.length === 0 ? [] : (await readFile(file, 'utf8')).trimEnd().split('\n') };
}

describe('the ledger', () => {
  it('chains each entry to the one before it', async () => {
    const { file } = await ledgerWith('dev', 'test', 'staging');
    const { entries, problems } = await readLedger(file);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.seq, e.stage])).toEqual([[1, 'dev'], [2, 'test'], [3, 'staging']]);
    expect(entries[0]!.prev).toBe('0'.repeat(64));
    expect(entries[1]!.prev).toBe(entries[0]!.hash);
    expect(entries[2]!.prev).toBe(entries[1]!.hash);
  });

  it('a missing ledger is an empty one', async () => {
    expect(await readLedger(path.join(tmpdir(), 'no-such-ledger.jsonl'))).toMatchObject({ entries: [], problems: [] });
  });

  it('shows every kind of tampering, by line', async () => {
    const { lines } = await ledgerWith('dev', 'test', 'staging');
    const problems = (text: string) => verifyLedgerText(text).problems.map((p) => p.message);
    const hold = JSON.stringify({ ...JSON.parse(lines[0]!), verdict: 'hold' });
    expect(problems(`${[hold, lines[1], lines[2]].join('\n')}\n`)).toEqual(['line 1 (entry #1, run of s dev) does not match its hash: it was changed after it was written.']);
    expect(problems(`${[lines[0], lines[2]].join('\n')}\n`)).toEqual([
      'line 2 does not follow line 1 (its "prev" is another hash): an entry was removed, inserted or moved.',
      'line 2 holds entry #3: entries were removed, inserted or moved.',
    ]);
    expect(problems(`${[lines[1], lines[0], lines[2]].join('\n')}\n`)).toEqual([
      'line 1 does not start the chain: entries before it were removed.',
      'line 1 holds entry #2: entries were removed, inserted or moved.',
      'line 2 does not follow line 1 (its "prev" is another hash): an entry was removed, inserted or moved.',
      'line 2 holds entry #1: entries were removed, inserted or moved.',
      'line 3 does not follow line 2 (its "prev" is another hash): an entry was removed, inserted or moved.',
    ]);
    expect(problems(`${lines.join('\n')}\n${lines[2]!.slice(0, 40)}`)).toContain('line 4 is not a JSON entry.');
    expect(problems(lines.join('\n'))).toEqual(['line 3 does not end with a newline: the ledger was cut or edited by hand.']);
    // A line of JSON that is no entry object (null, a number, an entry without content) is tampering, not a crash.
    expect(problems(`${lines[0]}\nnull\n`)).toContain('line 2 is not a ledger entry (it is JSON, but not an entry object).');
    expect(problems(`${lines[0]}\n{"seq":2}\n`)).toContain('line 2 is not a ledger entry (it is JSON, but not an entry object).');
    // Re-sealing an edited entry does not help: the next entry's "prev" still names the old hash.
    const { sealEntry } = await import('./ledger-entry.ts');
    const { hash: _h, seq: _s, prev: _p, v: _v, ...first } = JSON.parse(lines[0]!);
    const resealed = JSON.stringify(sealEntry({ ...first, verdict: 'hold' }, undefined));
    expect(problems(`${[resealed, lines[1], lines[2]].join('\n')}\n`)).toEqual([
      'line 2 does not follow line 1 (its "prev" is another hash): an entry was removed, inserted or moved.',
    ]);
  });

  it('does not append to a tampered ledger', async () => {
    const { file, lines } = await ledgerWith('dev');
    await writeFile(file, `${JSON.stringify({ ...JSON.parse(lines[0]!), stage: 'pre-prod' })}\n`);
    await expect(appendToLedger(file, draft('test'))).rejects.toMatchObject({
      code: 'LEDGER',
      message: expect.stringContaining('has been tampered with, so nothing more is recorded in it: line 1 (entry #1, run of s pre-prod) does not match its hash'),
    });
  });

  it('keeps every entry whole when two processes append at once', async () => {
    const { file } = await ledgerWith();
    const worker = path.join(import.meta.dirname, 'append-worker.ts');
    await Promise.all(['a', 'b'].map((label) => run(process.execPath, ['--import', 'tsx', worker, file, '15', label])));
    const { entries, problems } = await readLedger(file);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(30);
    expect(entries.filter((e) => e.scenario === 'a')).toHaveLength(15);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('takes over a lock left by a writer that died', async () => {
    const { file } = await ledgerWith('dev');
    await writeFile(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: '2026-01-01T00:00:00Z' }));
    await appendToLedger(file, draft('test'), { lockTimeoutMs: 1000 });
    expect((await readLedger(file)).entries).toHaveLength(2);
  });
});
