import { readFileSync } from 'node:fs';
import { HarnessError } from '../../errors/harness-error.ts';

/** An unprivileged user to run the server as. */
export interface ServerUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/**
 * Who runs `initdb` and `postgres`. PostgreSQL refuses to run as root, so a harness running
 * as root (CI, containers) runs them as `user` (default `$PILOT_PG_USER`, else `postgres`
 * when that user exists, else `nobody`) and hands it the data dir. Anyone else runs them as
 * themselves: `undefined`.
 *
 * @example
 * serverUser(); // as root on Debian with postgresql installed: { name: 'postgres', uid: 101, gid: 104 }
 */
export function serverUser(user?: string, env: NodeJS.ProcessEnv = process.env, passwdFile = '/etc/passwd'): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const named = user ?? env.PILOT_PG_USER;
  const users = readPasswd(passwdFile);
  if (named !== undefined) {
    const found = users.get(named);
    if (!found) {
      throw new HarnessError('ENVIRONMENT_START', `Cannot run PostgreSQL as user ${JSON.stringify(named)}: no such user in ${passwdFile}.`, {
        hint: 'PostgreSQL refuses to run as root. Name an existing unprivileged user (PILOT_PG_USER or the provider option user), or create one: useradd --system postgres.',
      });
    }
    return found;
  }
  const found = users.get('postgres') ?? users.get('nobody');
  if (!found) {
    throw new HarnessError('ENVIRONMENT_START', `Cannot run PostgreSQL as root, and neither user "postgres" nor "nobody" exists in ${passwdFile}.`, {
      hint: 'Create an unprivileged user (useradd --system postgres) or name one with PILOT_PG_USER.',
    });
  }
  return found;
}

function readPasswd(file: string): Map<string, ServerUser> {
  const users = new Map<string, ServerUser>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return users;
  }
  for (const line of text.split('\n')) {
    const [name, , uid, gid] = line.split(':');
    if (name && uid && gid && Number(uid) !== 0) users.set(name, { name, uid: Number(uid), gid: Number(gid) });
  }
  return users;
}
