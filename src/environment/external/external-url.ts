import { libpqUrl } from '../../engines/postgres/connection-url.ts';
import { createRedactor } from '../../util/redact.ts';

const SCHEMES = new Set(['postgres:', 'postgresql:']);
const NO_HOST = 'no-host.invalid';

/**
 * What a connection URL names, without its password or parameters:
 * `postgres://app:s3cret@db:5432/preprod?sslmode=require` → `postgres://app@db:5432/preprod`.
 * Safe for messages, reports and cache keys. Undefined when it is not a `postgres://` URL.
 *
 * @example
 * urlIdentity('postgresql://app:s3cret@db/preprod'); // 'postgresql://app@db/preprod'
 */
export function urlIdentity(url: string): string | undefined {
  let parsed: URL;
  try {
    // `postgres://app:pw@/db?host=/socket/dir` is valid for libpq, but not for the WHATWG parser without a host.
    parsed = new URL(url.replace(/^([a-z]+:\/\/[^/?#]*@)\//i, `$1${NO_HOST}/`));
  } catch {
    return undefined;
  }
  if (!SCHEMES.has(parsed.protocol)) return undefined;
  const user = parsed.username ? `${parsed.username}@` : '';
  // A socket folder given as `?host=/var/run/postgresql` is where the server is, so it stays.
  const socket = parsed.hostname === '' || parsed.hostname === NO_HOST ? parsed.searchParams.get('host') : null;
  const where = socket ? `${encodeURIComponent(socket)}` : parsed.host;
  return `${parsed.protocol}//${user}${where}${parsed.pathname}`;
}

/** The URL with every secret masked, for a message about a URL that could not be parsed. */
export function redactedUrl(url: string): string {
  return createRedactor().redact(url);
}

/**
 * The URL with `default_transaction_read_only=on` added to its startup options, so that a
 * tool given the source's URL (pg_dump, the user's own) is read-only too.
 */
export function readOnlyUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const options = parsed.searchParams.get('options');
  parsed.searchParams.set('options', [options, '-c default_transaction_read_only=on'].filter(Boolean).join(' '));
  return libpqUrl(parsed);
}

/** PostgreSQL keeps 63 bytes of `application_name` and shows other than printable ASCII as `?`. */
const APPLICATION_NAME_BYTES = 63;

/**
 * How a pilot shows in `pg_stat_activity` (and in the message a second pilot gets):
 * `migration-pilot checkout on ci-runner-7 pid 4242`. The label is shortened to fit
 * PostgreSQL's 63 bytes, so the host and pid always show.
 */
export function pilotApplicationName(label: string | undefined, hostname: string, pid: number): string {
  const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, '?');
  const tail = ascii(` on ${hostname} pid ${pid}`).slice(-(APPLICATION_NAME_BYTES - 'migration-pilot'.length));
  const room = APPLICATION_NAME_BYTES - 'migration-pilot'.length - tail.length;
  let name = label ? ` ${ascii(label)}` : '';
  if (name.length > room) name = room > 1 ? `${name.slice(0, room - 1).trimEnd()}~` : '';
  return `migration-pilot${name}${tail}`;
}
