import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainResultOf } from '../checks/testing/chain-result-of.ts';
import type { CheckContext } from '../checks/check.ts';
import type { Engine } from '../engines/engine.ts';
import { fileParity } from './file-parity.ts';
import { fileTree, type FileTree } from './file-tree.ts';
import { fingerprintOf, scanTree } from './scan-tree.ts';

/*
 * File parity on real folders: the uploads of three records on the old server
 * (app_formuploads/{form}/{record}/{file}), moved on the new one to uploads/{record}/{form}/{file}.
 */
let dir: string;
let source: FileTree;
let target: FileTree;
const UPLOADS: [string, string, string, string][] = [
  ['leaveRequestForm', 'LR-000001', 'scan.pdf', 'pdf of LR-000001'],
  ['leaveRequestForm', 'LR-000002', 'Ärztliches Attest.png', 'png of LR-000002'],
  ['medicalCertificateForm', 'LR-000002', 'note.txt', 'a note'],
  ['leaveRequestForm', 'LR-000003', 'scan.pdf', 'pdf of LR-000003'],
];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-parity-'));
  source = fileTree('uploads', path.join(dir, 'source'));
  target = fileTree('uploads', path.join(dir, 'target'));
  for (const [form, record, name, content] of UPLOADS) {
    await source.write(['app_formuploads', form, record, name], content);
    await target.write(['uploads', record, form, name], content);
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(): Promise<ReturnType<ReturnType<typeof fileParity>['run']>> {
  const context: CheckContext = {
    source: {} as Engine,
    target: {} as Engine,
    run: { chain: chainResultOf([]), harnessTables: [] },
    files: { source: new Map([['uploads', source]]), target: new Map([['uploads', target]]), sourceFingerprints: new Map([['uploads', fingerprintOf(await scanTree(source))]]) },
  };
  return fileParity({ tree: 'uploads', source: 'app_formuploads/{form}/{record}/{file}', target: 'uploads/{record}/{form}/{file}' }, { index: 0 }).run(context);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('fileParity: the same paths, sizes and hashes, mapped by record id', () => {
  it('finds nothing when every file arrived under its new layout', async () => {
    expect(await run()).toEqual([]);
  });

  it('names a lost file, a cut one and a changed one, each with its path and record id and both sizes or hashes', async () => {
    await target.remove(['uploads', 'LR-000001', 'leaveRequestForm', 'scan.pdf']);
    await target.remove(['uploads', 'LR-000002', 'leaveRequestForm', 'Ärztliches Attest.png']);
    await target.write(['uploads', 'LR-000002', 'leaveRequestForm', 'Ärztliches Attest.png'], 'png of');
    await target.remove(['uploads', 'LR-000003', 'leaveRequestForm', 'scan.pdf']);
    await target.write(['uploads', 'LR-000003', 'leaveRequestForm', 'scan.pdf'], 'PDF OF LR-000003');
    expect(await run()).toEqual([
      {
        check: 'files:uploads',
        severity: 'error',
        path: 'uploads',
        code: 'files.missing',
        message: '1 of 4 source files is missing in the target, of 1 record: "LR-000001".',
        expected: 4,
        actual: 3,
        keys: ['app_formuploads/leaveRequestForm/LR-000001/scan.pdf'],
        details: [{ key: 'app_formuploads/leaveRequestForm/LR-000001/scan.pdf', column: 'record', actual: 'LR-000001', note: `16 bytes, sha256 ${sha256('pdf of LR-000001').slice(0, 12)}…` }],
      },
      {
        check: 'files:uploads',
        severity: 'error',
        path: 'uploads',
        code: 'files.changed',
        message: '2 of 4 source files differ in the target (size or content), of 2 records: "LR-000002", "LR-000003".',
        keys: ['app_formuploads/leaveRequestForm/LR-000002/Ärztliches Attest.png', 'app_formuploads/leaveRequestForm/LR-000003/scan.pdf'],
        details: [
          { key: 'app_formuploads/leaveRequestForm/LR-000002/Ärztliches Attest.png', column: 'size', expected: 16, actual: 6 },
          {
            key: 'app_formuploads/leaveRequestForm/LR-000002/Ärztliches Attest.png',
            column: 'sha256',
            expected: sha256('png of LR-000002'),
            actual: sha256('png of'),
            note: 'target path uploads/LR-000002/leaveRequestForm/Ärztliches Attest.png, record LR-000002',
          },
          {
            key: 'app_formuploads/leaveRequestForm/LR-000003/scan.pdf',
            column: 'sha256',
            expected: sha256('pdf of LR-000003'),
            actual: sha256('PDF OF LR-000003'),
            note: 'target path uploads/LR-000003/leaveRequestForm/scan.pdf, record LR-000003',
          },
        ],
      },
    ]);
  });

  it('a file moved (not copied) out of the source tree is caught: the source must stay intact', async () => {
    expect(await run()).toEqual([]);
    await source.remove(['app_formuploads', 'medicalCertificateForm', 'LR-000002', 'note.txt']);
    const findings = await fileParity({ tree: 'uploads', source: 'app_formuploads/{form}/{record}/{file}', target: 'uploads/{record}/{form}/{file}' }).run({
      source: {} as Engine,
      target: {} as Engine,
      run: { chain: chainResultOf([]), harnessTables: [] },
      files: {
        source: new Map([['uploads', source]]),
        target: new Map([['uploads', target]]),
        sourceFingerprints: new Map([['uploads', { files: 4, bytes: 0, hash: 'before' }]]),
      },
    });
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['files.source-changed', 'The source tree "uploads" changed during the run (4 files before, 3 files after). The source must stay intact: copy, never move.'],
      ['files.extra', '1 of 4 target files is not in the source, of 1 record: "LR-000002".'],
    ]);
  });
});
