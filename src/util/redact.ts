/**
 * Removes secrets from text before it reaches a log or a report: the password of any URL
 * (`postgres://app:s3cret@db/x` → `postgres://app:***@db/x`), `password=…` pairs of
 * libpq connection strings, and any value registered as secret (e.g. a password read
 * from the environment).
 *
 * @example
 * const redactor = createRedactor(['s3cret']);
 * redactor.redact('connecting to postgres://app:s3cret@db:5432/x'); // 'connecting to postgres://app:***@db:5432/x'
 */
export interface Redactor {
  redact(text: string): string;
  /** Deep copy of a JSON-like value with every string redacted. */
  redactValue<T>(value: T): T;
  addSecret(secret: string): void;
}

// The user info of a URL runs to the last `@` before the path: a password may hold `@` itself.
const URL_USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]*)@/gi;
// `password=…` (libpq, env), `"password": "…"` (JSON), `password: …` (YAML).
const KEY_VALUE_PASSWORD = /(["']?)\b(password|passwd|pwd|PGPASSWORD)\1(\s*[=:]\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&;,}]+)/gi;
// CREATE/ALTER ROLE … [ENCRYPTED] PASSWORD '…' in SQL, e.g. in a failing migrator's excerpt.
const SQL_PASSWORD = /\b(password\s+)'(?:[^']|'')*'/gi;
const MASK = '***';

export function createRedactor(secrets: Iterable<string> = []): Redactor {
  // Longest first, so a secret that contains another is masked whole.
  const known = new Set<string>();
  let ordered: string[] = [];
  const redactor: Redactor = {
    addSecret(secret) {
      if (secret.length < 3 || known.has(secret)) return;
      known.add(secret);
      ordered = [...known].sort((a, b) => b.length - a.length);
    },
    redact(text) {
      let result = text
        .replace(URL_USER_INFO, (_match, scheme: string, userInfo: string) => {
          const colon = userInfo.indexOf(':');
          return colon === -1 ? `${scheme}${userInfo}@` : `${scheme}${userInfo.slice(0, colon)}:${MASK}@`;
        })
        .replace(KEY_VALUE_PASSWORD, (_match, quote: string, key: string, separator: string, value: string) => {
          const wrap = value.startsWith('"') || value.startsWith("'") ? value[0]! : '';
          return `${quote}${key}${quote}${separator}${wrap}${MASK}${wrap}`;
        })
        .replace(SQL_PASSWORD, `$1'${MASK}'`);
      for (const secret of ordered) result = result.replaceAll(secret, MASK);
      return result;
    },
    redactValue<T>(value: T): T {
      return redactDeep(value, redactor.redact) as T;
    },
  };
  for (const secret of secrets) redactor.addSecret(secret);
  return redactor;
}

function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]));
  }
  return value;
}
