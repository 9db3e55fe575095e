import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defineFunctionalTest } from 'migration-pilot';

/**
 * A functional test case of the identity server (source document 003, step 1): after the
 * migration every access token still resolves to a user whose claims 6.1.0 can read, and
 * the migrated deployment.toml names the database type 6.x understands.
 */
export default defineFunctionalTest(async ({ db, env }) => {
  const { rows } = await db.query<{ orphans: string }>(
    `select count(*)::text as orphans from idn_oauth2_access_token t
     where not exists (select 1 from idn_user_claim c where c.um_user_name = t.authz_user)
       and exists (select 1 from um_user u where u.um_user_name = t.authz_user and (u.um_email is not null or u.um_display_name is not null))`,
  );
  if (rows[0]!.orphans !== '0') throw new Error(`${rows[0]!.orphans} access tokens belong to users whose claims did not migrate`);
  if (env.PILOT_CONFIG_DIR) {
    const toml = await readFile(path.join(env.PILOT_CONFIG_DIR, 'deployment.toml'), 'utf8');
    if (!/type = "postgresql"/.test(toml)) throw new Error('the migrated deployment.toml does not name the database type "postgresql"');
  }
});
