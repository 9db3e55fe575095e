/**
 * A config file's contents as a config migrator sees it: the parsed document (TOML, YAML or
 * JSON), a plain object to change in place or to replace by returning a new one.
 */
export type ConfigDocument = Record<string, unknown>;

/**
 * A config-file migrator (source document 004: config files migrate before the app starts,
 * data after), written as a module: `export default defineConfigMigrator({ … })`.
 *
 * @example
 * export default defineConfigMigrator({
 *   from: '5.11.0', to: '6.0.0', file: 'deployment.toml',
 *   description: 'the PostgreSQL type is now "postgresql"',
 *   up(config) { (config.database as any).identity_db.type = 'postgresql'; },
 * });
 */
export interface ConfigMigratorDefinition {
  from: string;
  to: string;
  /** The config file it migrates, by name (as listed in `config.files`): `deployment.toml`. */
  file: string;
  description?: string;
  up(config: ConfigDocument): ConfigDocument | void | Promise<ConfigDocument | void>;
  down?(config: ConfigDocument): ConfigDocument | void | Promise<ConfigDocument | void>;
}

/** A loaded config migrator. */
export interface ConfigMigrator {
  from: string;
  to: string;
  /** The config file it migrates, by name. */
  target: string;
  description: string;
  up(config: ConfigDocument): Promise<ConfigDocument>;
  down?(config: ConfigDocument): Promise<ConfigDocument>;
  /** Absolute path of the module. */
  file: string;
  relativeFile: string;
  checksum: string;
}

/** Declares a config migrator module; returns the definition unchanged (the loader checks it). */
export function defineConfigMigrator(definition: ConfigMigratorDefinition): ConfigMigratorDefinition {
  return definition;
}
