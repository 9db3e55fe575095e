import { z } from 'zod';
import { tableNameSchema } from './schema-primitives.ts';

/*
 * The parts of a scenario for moving an app with its running process instances (source
 * documents 000 and 001): state-equivalence rules, the process-state check over a model of
 * the workflow engine's tables, the file trees (uploads) of each environment and their
 * parity, and user-directory parity. `scenario-schema.ts` plugs them in; this file imports
 * nothing from it, so there is no import cycle.
 */

const identifier = tableNameSchema('wf_process', 'engine');

const column = z.string().min(1, { error: 'expected a column name' });
const optionalColumn = z.union([column, z.null()]);
const valueMap = z.record(z.string(), z.string());

export const equivalenceRuleSchema = z
  .strictObject({
    name: z.string().min(1).describe('Names the rule in reports.'),
    key: z.array(z.string()).min(1).describe('Columns of the extractor that identify a state across environments (a business key, never a generated id).'),
    query: z.string().optional().describe('The extractor, run on both sides: one row per key, the other columns the state.'),
    source: z.string().optional().describe('The extractor on the source, when it differs.'),
    target: z.string().optional().describe('The extractor on the target, when it differs (e.g. a renamed table).'),
    map: z
      .record(z.string(), valueMap)
      .optional()
      .describe('Per column, source values replaced before comparing ({ activity: { approve: manager_approval } }): renames between versions.'),
    ignore: z.array(z.string()).optional().describe('Columns of the extractor left out of the comparison.'),
  })
  .superRefine((rule, ctx) => {
    if ((rule.source ?? rule.query) === undefined || (rule.target ?? rule.query) === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'expected "query" (run on both sides), or "source" and "target" queries' });
    }
  })
  .describe('States extracted on both sides (key → state) must be equivalent through the mapping: no missing, extra or diverged key.');

const definitionsModel = z.strictObject({
  table: identifier.optional(),
  id: column.optional(),
  key: column.optional().describe('The definition\'s name across versions.'),
  version: optionalColumn.optional().describe('Its version column; definitions are then named key@version. null: no versions.'),
  firstActivity: optionalColumn.optional().describe('The activity a started instance waits at (migrateProcessInstances needs it).'),
  startTools: optionalColumn.optional().describe('Tools that run when an instance starts.'),
});
const instancesModel = z.strictObject({
  table: identifier.optional(),
  id: column.optional(),
  definition: column.optional(),
  state: column.optional(),
  recordId: column.optional().describe('The form record the instance works on: what identifies it across servers.'),
  starter: column.optional(),
  running: z.array(z.string()).min(1).optional().describe('States of a running instance (default: open.running, open.not_running.not_started, open.not_running.suspended).'),
  where: z.string().optional().describe('An SQL condition over the instances table that keeps this app\'s instances only.'),
});
const activitiesModel = z.strictObject({
  table: identifier.optional(),
  id: column.optional(),
  instance: column.optional(),
  definition: column.optional(),
  state: column.optional(),
  assignee: column.optional(),
  open: z.array(z.string()).min(1).optional().describe('States of an open activity (default: the open.* states).'),
  created: optionalColumn.optional().describe('Orders an instance\'s open activities, for resuming them in order.'),
});
const variablesModel = z.strictObject({ table: identifier.optional(), instance: column.optional(), name: column.optional(), value: column.optional() });
const auditModel = z.strictObject({
  table: identifier.optional(),
  instance: column.optional(),
  activity: column.optional(),
  action: column.optional(),
  actor: column.optional(),
  at: column.optional(),
});
const usersModel = z.strictObject({ table: identifier.optional(), id: column.optional() });

export const processModelSchema = z
  .strictObject({
    definitions: definitionsModel.optional(),
    instances: instancesModel.optional(),
    activities: activitiesModel.optional(),
    variables: variablesModel.optional(),
    audit: auditModel.optional(),
    users: usersModel.optional(),
  })
  .describe(
    'The workflow engine\'s tables and columns; anything left out is the reference schema\'s (wf_process_def, wf_process, wf_activity, wf_variable, wf_audit, dir_user).',
  );

export const COMPLETED_POLICIES = ['leave-behind', 'archive'] as const;

export const processCheckSchema = z
  .strictObject({
    source: processModelSchema.optional().describe('Where the old server keeps its processes.'),
    target: processModelSchema.optional().describe('Where the new server keeps them; defaults to the source\'s model, part by part.'),
    definitions: valueMap.optional().describe('Successors: a source definition (key@version) → the target definition its instances continue in.'),
    activities: z
      .record(z.string(), valueMap)
      .optional()
      .describe('Activity renames, per source definition (key@version): { leave_approval@1: { approve: manager_approval } }.'),
    variables: z
      .strictObject({
        ignore: z.array(z.string()).optional().describe('Variables left out of the comparison, on both sides.'),
        rename: valueMap.optional().describe('Source variable name → target variable name.'),
      })
      .optional(),
    completed: z
      .enum(COMPLETED_POLICIES)
      .default('leave-behind')
      .describe('Completed instances: leave-behind (not migrated, none may run on the target) or archive (kept as closed instances with their audit trail).'),
    users: z.boolean().default(true).describe('Every starter and assignee of a running target instance must be in the target\'s user directory.'),
  })
  .describe(
    'Every running source instance has exactly one running target instance with the same record id, the same (or successor) definition, open activities, assignees and variables.',
  );

/** `{name}` placeholders, each a whole path segment, separated by "/". */
const PATTERN = /^(?:[^/{}]+|\{[A-Za-z_][A-Za-z0-9_]*\})(?:\/(?:[^/{}]+|\{[A-Za-z_][A-Za-z0-9_]*\}))*$/;
const pathPattern = z
  .string()
  .regex(PATTERN, { error: 'expected a path pattern such as "app_formuploads/{form}/{record}/{file}": segments separated by "/", each literal or one {name}' });

export const fileTreeSchema = z
  .strictObject({
    seed: z
      .strictObject({
        table: identifier.describe('The metadata table: one file per row.'),
        path: pathPattern.describe('Where each row\'s file goes, from its columns: "app_formuploads/{form_id}/{record_id}/{file_name}".'),
        size: column.optional().describe('The column with the size in bytes (capped at maxBytes); default 1024 bytes.'),
        maxBytes: z.int().min(0).max(16 * 1024 * 1024).default(4096).describe('Files are stand-ins: at most this many bytes each.'),
      })
      .optional()
      .describe('Generate the source tree from the metadata rows: deterministic content for the data seed.'),
    from: z.string().optional().describe('An existing folder (relative to this file) used as the source tree, read-only: e.g. a copy of wflow/.'),
  })
  .superRefine((tree, ctx) => {
    if ((tree.seed === undefined) === (tree.from === undefined)) ctx.addIssue({ code: 'custom', path: [], message: 'expected either "seed" or "from"' });
  })
  .describe('A file tree of each environment, e.g. the uploaded files (wflow/app_formuploads). The target gets a copy of the source\'s.');

export const fileParityRuleSchema = z
  .strictObject({
    tree: z.string().describe('A tree declared under "files".'),
    pattern: pathPattern.optional().describe('How paths name a file, on both sides; by default the path itself is the key.'),
    source: pathPattern.optional().describe('The pattern on the source, when the layout changes.'),
    target: pathPattern.optional().describe('The pattern on the target: "uploads/{record}/{form}/{file}".'),
    record: z.string().optional().describe('The placeholder holding the record id, named in findings (default: "record" when the pattern has it).'),
  })
  .describe('Files must match between the source and target trees: the same keys (paths), sizes and sha256 hashes.');

export const directoryCheckSchema = z
  .strictObject({
    prefix: z.string().min(1).default('dir_').describe('Tables whose name starts with this are the user directory.'),
  })
  .describe('Every user-directory table (dir_*) arrives row for row: the same users, groups and memberships.');

/** The checks this file adds, for the `checks` object of a scenario. */
export const processCheckFields = {
  equivalence: z.array(equivalenceRuleSchema).optional().describe('Generic state equivalence: extractor queries compared as keyed states.'),
  processes: processCheckSchema.optional(),
  files: z.array(fileParityRuleSchema).optional(),
  directory: directoryCheckSchema.optional(),
};

/** The top-level `files` section. */
export const filesSectionSchema = z
  .record(identifier, fileTreeSchema)
  .describe('File trees that travel with the databases, by name: seeded or taken from a folder, copied (never moved) to the target.');

/** A check names a file tree the scenario declares. */
export function checkFileTrees(
  scenario: { files?: Record<string, unknown> | undefined; checks: { files?: { tree: string; pattern?: string; source?: string; target?: string; record?: string }[] | undefined } },
  ctx: z.RefinementCtx,
): void {
  const trees = Object.keys(scenario.files ?? {});
  (scenario.checks.files ?? []).forEach((rule, index) => {
    const at = ['checks', 'files', index];
    if (!trees.includes(rule.tree)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'tree'],
        message: trees.length === 0 ? 'no file tree is declared: add a "files" section' : `expected one of the declared file trees: ${trees.join(', ')}`,
      });
    }
    if (rule.pattern !== undefined && (rule.source !== undefined || rule.target !== undefined)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'pattern'], message: 'expected "pattern" (both sides) or "source"/"target" patterns, not both' });
      return;
    }
    const sides = [rule.source ?? rule.pattern, rule.target ?? rule.pattern];
    if ((sides[0] === undefined) !== (sides[1] === undefined)) {
      ctx.addIssue({ code: 'custom', path: [...at, sides[0] === undefined ? 'source' : 'target'], message: 'expected a pattern on both sides' });
      return;
    }
    const names = sides.map((p) => (p === undefined ? [] : placeholders(p)));
    names.forEach((list, side) => {
      const twice = list.find((name, i) => list.indexOf(name) !== i);
      if (twice) ctx.addIssue({ code: 'custom', path: [...at, rule.pattern !== undefined ? 'pattern' : side === 0 ? 'source' : 'target'], message: `{${twice}} appears twice; each placeholder names one segment` });
    });
    if (names[0]!.toSorted().join() !== names[1]!.toSorted().join()) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'target'],
        message: `expected the same placeholders on both sides: the source has ${names[0]!.join(', ') || 'none'}, the target ${names[1]!.join(', ') || 'none'}`,
      });
    }
    if (rule.record !== undefined && !names[0]!.includes(rule.record)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'record'], message: `expected a placeholder of the pattern: ${names[0]!.join(', ') || '(none)'}` });
    }
  });
}

/** `{form}/{record}` → ['form', 'record']. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!);
}

export type EquivalenceRule = z.output<typeof equivalenceRuleSchema>;
export type ProcessCheckSpec = z.output<typeof processCheckSchema>;
export type FileTreeSpec = z.output<typeof fileTreeSchema>;
export type FileParityRule = z.output<typeof fileParityRuleSchema>;
export type DirectoryCheckSpec = z.output<typeof directoryCheckSchema>;
