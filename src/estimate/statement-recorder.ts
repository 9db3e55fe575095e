import type { MigrationDatabase, Migrator } from '../chain/migrator.ts';
import { splitSqlStatements } from '../chain/split-sql-statements.ts';
import { firstLine } from '../util/first-line.ts';
import { planRelations, planSignature } from './plan-signature.ts';
import { isExplainable, statementExcerpt, utilityTables } from './statement-tables.ts';

/** One statement a migrator ran, as the estimator saw it. */
export interface RecordedStatement {
  /** The statement's text, shortened: `update app_formuploads set storage_path = …`. */
  sql: string;
  /** How long the statement took, in ms (its EXPLAIN not included). */
  ms: number;
  /** The plan's shape (`planSignature`), for statements EXPLAIN accepts. */
  plan?: string;
  /** Why EXPLAIN could not show the plan, when it failed. */
  explainError?: string;
  /** Tables the statement read or wrote (from the plan) or works on (a utility statement). */
  tables: string[];
}

/** What one chain step ran, and the time the recording itself cost inside the step. */
export interface RecordedStep {
  /** The step's id: its to-version. */
  id: string;
  /** Time spent on EXPLAIN (and its savepoints) inside the step's measured duration, in ms. */
  overheadMs: number;
  statements: RecordedStatement[];
}

export interface StatementRecorder {
  /** Wraps the database a migrator gets; pass as `wrapMigrationDatabase` to `runPilot`. */
  wrap(db: MigrationDatabase, migrator: Migrator): MigrationDatabase;
  /** What each step ran, in the order the steps ran. */
  steps(): RecordedStep[];
}

const SAVEPOINT = 'pilot_explain';

/**
 * Records the statements each migrator runs, EXPLAINs those with a data-dependent plan just
 * before they run (so the plan is the one PostgreSQL is about to use, on the data as it is
 * at that moment), and times each statement.
 *
 * In a transactional step, a multi-statement `exec` (an SQL migrator's file) runs
 * statement by statement, each padded to its place in the script so errors keep their
 * line numbers; inside the step's transaction that is the same work. Each EXPLAIN runs
 * under a savepoint, so one that fails (the statement itself will fail the same way) does
 * not abort the step's transaction before the real error shows. Outside a transaction a
 * script runs as given, and only a single statement is explained.
 *
 * The time EXPLAIN takes is kept per step (`overheadMs`), for the estimator to subtract
 * from the step's duration.
 *
 * @example
 * const recorder = statementRecorder({ clock: () => performance.now() });
 * await runPilot(scenario, { wrapMigrationDatabase: recorder.wrap });
 * recorder.steps(); // [{ id: '2.0.0', overheadMs: 1.2, statements: [{ sql: 'update …', plan: 'Update on … > Seq Scan on …', … }] }]
 */
export function statementRecorder(options: { clock?: () => number } = {}): StatementRecorder {
  const clock = options.clock ?? (() => performance.now());
  const recorded: RecordedStep[] = [];

  return {
    steps: () => recorded,
    wrap(db, migrator) {
      const step: RecordedStep = { id: migrator.to, overheadMs: 0, statements: [] };
      recorded.push(step);
      const inTransaction = migrator.transaction;

      const explain = async (sql: string, params?: readonly unknown[]): Promise<Pick<RecordedStatement, 'plan' | 'explainError' | 'tables'>> => {
        const started = clock();
        try {
          if (inTransaction) await db.exec(`SAVEPOINT ${SAVEPOINT}`);
          const { rows } = await db.query<Record<string, unknown>>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
          if (inTransaction) await db.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          const plan = rows[0] ? Object.values(rows[0])[0] : undefined;
          return { plan: planSignature(plan), tables: planRelations(plan) };
        } catch (error) {
          if (inTransaction) await db.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`).catch(() => undefined);
          return { explainError: firstLine(error), tables: [] };
        } finally {
          step.overheadMs += clock() - started;
        }
      };

      const run = async <T>(sql: string, params: readonly unknown[] | undefined, work: () => Promise<T>): Promise<T> => {
        const seen = isExplainable(sql) ? await explain(sql, params) : { tables: utilityTables(sql) };
        const started = clock();
        try {
          return await work();
        } finally {
          step.statements.push({ sql: statementExcerpt(sql), ms: clock() - started, ...seen });
        }
      };

      return {
        query: ((sql: string, params?: readonly unknown[]) => run(sql, params, () => db.query(sql, params))) as MigrationDatabase['query'],
        async exec(script: string) {
          const statements = splitSqlStatements(script);
          // `BEGIN ATOMIC` bodies hold `;` the splitter would cut at: such a script runs whole.
          if (statements.length <= 1 || !inTransaction || /\bbegin\s+atomic\b/i.test(script)) {
            if (statements.length === 1) return run(statements[0]!.sql, undefined, () => db.exec(script));
            const started = clock();
            try {
              return await db.exec(script);
            } finally {
              step.statements.push({ sql: statementExcerpt(script), ms: clock() - started, tables: [] });
            }
          }
          for (const statement of statements) {
            // Blank lines and spaces up to where it starts keep an error's line and column those of the script.
            const before = script.slice(0, statement.offset);
            const padding = '\n'.repeat(before.split('\n').length - 1) + ' '.repeat(statement.offset - (before.lastIndexOf('\n') + 1));
            await run(statement.sql, undefined, () => db.exec(padding + statement.sql));
          }
        },
      };
    },
  };
}
