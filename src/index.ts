/**
 * migration-pilot: rehearse production database migrations.
 *
 * @example
 * import { runPilot, writeReports } from 'migration-pilot';
 * const report = await runPilot('scenarios/workflow-app.yaml');
 * await writeReports(report, '.pilot/runs/latest');
 */

// Scenarios
export { defineScenario } from './scenario/define-scenario.ts';
export { loadScenario, type LoadedScenario } from './scenario/load-scenario.ts';
export { ScenarioError, isScenarioError } from './scenario/scenario-error.ts';
export { formatScenarioIssues } from './scenario/format-scenario-issues.ts';
export type { ScenarioIssue } from './scenario/scenario-issue.ts';
export { scenarioSchema } from './scenario/scenario-schema.ts';
export type { ScenarioInput, ScenarioSpec, ColumnGenerator, DataSpec, ParityRule, Invariant, TableExpectation } from './scenario/scenario-schema.ts';
export { scenarioJsonSchema } from './scenario/json-schema.ts';

// Chain
export { defineMigrator, type Migrator, type MigratorDefinition, type MigrationDatabase } from './chain/migrator.ts';
export { loadMigrators } from './chain/load-migrators.ts';
export { planChain } from './chain/plan-chain.ts';
export { runChain } from './chain/run-chain.ts';
export type { ChainResult, StepResult, ChainRefusal } from './chain/chain-result.ts';

// MongoDB (src/mongo/README in the README's "MongoDB" section)
export { defineMongoMigrator, type MongoMigratorDefinition } from './mongo/mongo-migrator.ts';
export { defineMongoScenario, type MongoScenario } from './mongo/mongo-scenario.ts';
export { runMongoPilot, type MongoPilotReport } from './mongo/run-mongo-pilot.ts';

// Environments and engines
export type {
  EnvironmentProvider,
  EnvironmentRequest,
  StartedEnvironment,
  StoppedEnvironment,
  Snapshot,
  SnapshotCache,
  ProviderName,
} from './environment/environment-provider.ts';
export { memorySnapshotCache } from './environment/environment-provider.ts';
export type { EnvironmentSettings, ProviderProbe } from './environment/environment-provider.ts';
export { embeddedProvider, type EmbeddedSnapshot } from './environment/embedded/embedded-provider.ts';
export { fileSnapshotCache } from './environment/embedded/file-snapshot-cache.ts';
export { localProvider, type LocalProviderOptions } from './environment/local/local-provider.ts';
export { localSnapshotCache } from './environment/local/local-snapshot-cache.ts';
export { testcontainersProvider, type TestcontainersProvider } from './environment/testcontainers/testcontainers-provider.ts';
export { imageSnapshotCache } from './environment/testcontainers/image-snapshot-cache.ts';
export { externalProvider } from './environment/external/external-provider.ts';
export { providerRegistry, type ProviderRegistry } from './environment/providers.ts';
export { chooseProvider, type ProviderChoice, type ProviderWish } from './environment/choose-provider.ts';
export { POSTGRES_IMAGES, postgresImage } from './environment/engine-versions.ts';
export { copyDatabase, type CopyDatabaseOptions, type CopyDatabaseResult } from './engines/postgres/copy-database.ts';
export { connectPostgres, type ConnectPostgresOptions } from './engines/postgres/connect-postgres.ts';
export type { Engine, KeyedRowSet, SchemaSnapshot, TableInfo, ColumnInfo } from './engines/engine.ts';
export { postgresEngine, type PostgresEngine } from './engines/postgres/postgres-engine.ts';
export type { PostgresSession } from './engines/postgres/postgres-session.ts';
export { pgliteSession } from './engines/postgres/pglite-session.ts';
export { pgSession } from './engines/postgres/pg-session.ts';

// Checks
export type { Check, CheckContext, CheckResult } from './checks/check.ts';
export type { Finding } from './checks/finding.ts';

// Runs and reports
export { runPilot, type RunPilotOptions } from './run/run-pilot.ts';
export { writeReports, defaultReportDir } from './report/write-reports.ts';
export { markdownReport } from './report/markdown-report.ts';
export { junitReport } from './report/junit-report.ts';
export type { PilotReport, Verdict, ExitCode } from './report/pilot-report.ts';
export { HarnessError, isHarnessError } from './errors/harness-error.ts';

// The stage ladder: dumps and masking, config migrators, tasks, functional tests, health, revert, the promotion ledger
export { defineConfigMigrator, type ConfigMigratorDefinition, type ConfigDocument, type ConfigMigrator } from './chain/config-migrator.ts';
export { loadConfigMigrators } from './chain/load-config-migrators.ts';
export { runConfigChain, type ConfigChainResult } from './chain/run-config-chain.ts';
export { restoreDump, type RestoreDumpOptions } from './dump/restore-dump.ts';
export { valueMasker, type ValueMasker } from './dump/value-masker.ts';
export type { DumpReport } from './dump/dump-report.ts';
export { runTasks, type TaskResult } from './tasks/run-tasks.ts';
export { defineFunctionalTest, type FunctionalTestContext, type FunctionalTestFunction } from './functional/functional-test.ts';
export { watchHealth, type HealthWatch } from './health/watch-health.ts';
export type { HealthReport } from './health/health-report.ts';
export { captureState, stateDifferences, type DatabaseState } from './revert/database-state.ts';
export { readLedger, appendToLedger, defaultLedgerFile, type LedgerContents } from './ledger/ledger-file.ts';
export type { LedgerEntry } from './ledger/ledger-entry.ts';
export { recordRun } from './ledger/record-run.ts';
export { decidePromotion, type PromotionDecision } from './ledger/promotion-gate.ts';
export { runContent, type RunContent } from './ledger/run-content.ts';
export { applyStage } from './run/apply-stage.ts';
export type { DumpSpec, MaskSpec, MaskRule, TaskSpec, FunctionalTestSpec, HealthSpec, RevertSpec, ConfigSpec } from './scenario/stage-schema.ts';

// Moving an app with its running processes: process-instance migration, file trees, state and process-state equivalence
export { migrateProcessInstances, type MigrateProcessInstancesOptions, type ProcessMigrationResult } from './workflow/migrate-process-instances.ts';
export { processServerApi, type ProcessServer, type ProcessServerApi, type StartRequest, type ResumeRequest } from './workflow/process-server.ts';
export { engineTablesServer } from './workflow/engine-tables-server.ts';
export { DEFAULT_PROCESS_MODEL, resolveProcessModel, type ProcessModel, type ProcessModelInput } from './workflow/process-model.ts';
export { migrationFiles, migrationContext, type MigrationContext, type MigrationWarning } from './chain/migration-context.ts';
export { fileTree, type FileTree, type FileEntry } from './files/file-tree.ts';
export { prepareRunFiles, type RunFiles, type CheckFiles, type FilesReport } from './files/run-files.ts';
export { fileParity } from './files/file-parity.ts';
export { stateEquivalence } from './checks/state-equivalence.ts';
export { compareStates, type StateComparison } from './checks/state/compare-states.ts';
export { processState } from './checks/process-state/process-state.ts';
export type { ProcessFacts } from './checks/process-state/process-facts.ts';
export { directoryParity } from './checks/directory-parity.ts';
export type { EquivalenceRule, ProcessCheckSpec, FileTreeSpec, FileParityRule } from './scenario/process-schema.ts';

// Estimating the production window (README "Estimating the production window")
export { measureScales, type MeasureScalesOptions, type MeasuredScales } from './estimate/measure-scales.ts';
export { estimateProduction, type ProductionEstimate, type StepEstimate } from './estimate/estimate-production.ts';
export { fitStepCost, predictStepCost, type StepCostFit, type Prediction } from './estimate/fit-step-cost.ts';
export { productionProfile, readProductionProfile, readProductionProfileFromUrl, type ProductionProfile } from './estimate/production-profile.ts';
export type { ScaleMeasurements } from './estimate/scale-measurements.ts';
export { estimateMarkdown } from './report/estimate-markdown.ts';
export { estimateSvg } from './report/estimate-svg.ts';
export { writeEstimate } from './report/write-estimate.ts';
