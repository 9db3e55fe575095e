/**
 * A URL as libpq reads it. The WHATWG serializer writes a space in a query parameter as
 * `+`, which libpq (pg_dump, psql) does not decode: `options=-c+x%3Don` would reach the
 * server as `-c+x=on`. A literal `+` is always serialized as `%2B`, so every `+` here is a
 * space, and `%20` means a space to every reader.
 */
export function libpqUrl(url: URL): string {
  const text = url.toString();
  const query = text.indexOf('?');
  if (query === -1) return text;
  const hash = text.indexOf('#', query);
  const end = hash === -1 ? text.length : hash;
  return text.slice(0, query) + text.slice(query, end).replaceAll('+', '%20') + text.slice(end);
}

/** The URL without its password, and the password (from the user info or a `password` parameter), for `PGPASSWORD`. */
export function splitPassword(url: string): { url: string; password?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  let password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  const param = parsed.searchParams.get('password');
  if (param !== null) {
    password ??= param;
    parsed.searchParams.delete('password');
  }
  return { url: libpqUrl(parsed), ...(password !== undefined ? { password } : {}) };
}
