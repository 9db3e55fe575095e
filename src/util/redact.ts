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

const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)([^@/?#\s]+)@/gi;
const KEY_VALUE_PASSWORD = /\b(password|passwd|pwd|PGPASSWORD)(\s*=\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&;]+)/gi;
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
      let result = text.replace(URL_PASSWORD, `$1${MASK}@`).replace(KEY_VALUE_PASSWORD, `$1$2${MASK}`);
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
