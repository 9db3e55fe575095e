import { defineConfigMigrator } from 'migration-pilot';

type Section = Record<string, unknown>;

/**
 * 6.0.0 reads the PostgreSQL database type as "postgresql" and needs its JDBC driver named;
 * it also cleans up tokens itself, so the cleanup that the pilot runs as a task once before
 * migrating is switched on for good (source document 003, steps 3 and 5).
 */
export default defineConfigMigrator({
  from: '5.11.0',
  to: '6.0.0',
  file: 'deployment.toml',
  description: 'database type "postgresql" with its driver; token cleanup on',
  up(config) {
    const database = config.database as Record<string, Section>;
    const identity = database.identity_db!;
    if (identity.type === 'postgre') identity.type = 'postgresql';
    identity.driver = 'org.postgresql.Driver';
    const oauth = (config.oauth ??= {}) as Record<string, Section>;
    oauth.token_cleanup = { ...oauth.token_cleanup, enable: true, retain_old_access_token: false };
  },
  down(config) {
    const identity = (config.database as Record<string, Section>).identity_db!;
    identity.type = 'postgre';
    delete identity.driver;
    (config.oauth as Record<string, Section>).token_cleanup = { enable: false };
  },
});
