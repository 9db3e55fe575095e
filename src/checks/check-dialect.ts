import type { Engine, KeyedRowSet } from '../engines/engine.ts';
import { quoteIdent, quoteName } from '../engines/postgres/postgres-session.ts';
import { subquery } from '../engines/postgres/subquery.ts';
import { HarnessError } from '../errors/harness-error.ts';

/**
 * The little a check must say in the engine's own language: how to name a column in an
 * expression, and how to learn a query's columns or test expressions without reading
 * rows. It is the one place in `checks/` that knows SQL; when `Engine` grows these
 * methods (and MongoDB arrives), this file goes away.
 *
 * @example
 * const dialect = checkDialect(engine);
 * dialect.columnRef('full name'); // '"full name"'
 * await dialect.queryColumns('select u.id, p.bio from users u join profiles p using (id)'); // ['id', 'bio']
 */
export interface CheckDialect {
  /** An expression reading column `name` of a row set. */
  columnRef(name: string): string;
  /** The column an expression names when it is a plain column reference (`name`, `"Name"`), else `undefined`. */
  columnOf(expression: string): string | undefined;
  /** Output columns of a query, in order, without reading its rows. */
  queryColumns(query: string): Promise<string[]>;
  /** Evaluates expressions over a row set without reading rows; throws the engine's error when one fails. */
  probe(from: KeyedRowSet['from'], expressions: readonly string[]): Promise<void>;
  /** A type as introspection spells it, from what a user may write: `varchar(40)` → `character varying(40)`. */
  normalizeType(type: string): string;
}

/** The dialect of an engine's kind (PostgreSQL only, for now). */
export function checkDialect(engine: Engine): CheckDialect {
  if (engine.kind !== 'postgres') {
    throw new HarnessError('INTERNAL', `Checks do not support ${JSON.stringify(engine.kind)} engines yet.`);
  }
  return {
    columnRef: quoteName,
    columnOf(expression) {
      const text = expression.trim();
      // Unquoted identifiers fold to lower case in PostgreSQL; quoted ones keep theirs.
      if (UNQUOTED.test(text)) return BARE_WORDS.has(text.toLowerCase()) ? undefined : text.toLowerCase();
      const quoted = QUOTED.exec(text);
      return quoted ? quoted[1]!.replaceAll('""', '"') : undefined;
    },
    // User SQL goes on lines of its own (`subquery`, `expression`): a trailing `-- comment`
    // in it would otherwise swallow the closing parenthesis.
    async queryColumns(query) {
      const { columns } = await engine.queryText(`select * from ${subquery(query)} as q limit 0`);
      return columns;
    },
    async probe(from, expressions) {
      if (expressions.length === 0) return;
      const source = 'table' in from ? `${quoteIdent(from.table)} as s` : `${subquery(from.query)} as s`;
      await engine.queryText(`select ${expressions.map((e, i) => `${expression(e)} as c${i}`).join(', ')} from ${source} limit 0`);
    },
    normalizeType: normalizePostgresType,
  };
}

/** A user's expression inside a larger statement, on lines of its own. */
function expression(sql: string): string {
  return `(\n${sql}\n)`;
}

function normalizePostgresType(type: string): string {
  const text = type.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*\(\s*/g, '(').replace(/\s*,\s*/g, ',').replace(/\s*\)/g, ')');
  const array = /((\[\d*\])+)$/.exec(text)?.[1] ?? '';
  const bare = text.slice(0, text.length - array.length).trim();
  const time = /^(timestamp|time)(tz)?(\(\d+\))?( with time zone| without time zone)?$/.exec(bare);
  if (time) {
    const zone = time[2] || time[4] === ' with time zone' ? 'with' : 'without';
    return `${time[1]}${time[3] ?? ''} ${zone} time zone${array.replace(/\d+/g, '')}`;
  }
  const [, name = bare, modifiers = ''] = /^([a-z_ ]+?)(\(.*\))?$/.exec(bare) ?? [];
  return `${TYPE_ALIASES[name] ?? name}${modifiers}${array.replace(/\d+/g, '')}`;
}

const TYPE_ALIASES: Record<string, string> = {
  int: 'integer',
  int4: 'integer',
  serial: 'integer',
  serial4: 'integer',
  int8: 'bigint',
  bigserial: 'bigint',
  serial8: 'bigint',
  int2: 'smallint',
  smallserial: 'smallint',
  varchar: 'character varying',
  char: 'character',
  bpchar: 'character',
  bool: 'boolean',
  float: 'double precision',
  float8: 'double precision',
  float4: 'real',
  decimal: 'numeric',
  varbit: 'bit varying',
};

const UNQUOTED = /^[A-Za-z_][A-Za-z0-9_$]*$/;
const QUOTED = /^"((?:[^"]|"")+)"$/;
/** Bare words that are values, not columns (`target: "null"` compares with NULL). */
const BARE_WORDS = new Set([
  'null',
  'true',
  'false',
  'current_date',
  'current_time',
  'current_timestamp',
  'localtime',
  'localtimestamp',
  'current_user',
  'session_user',
  'user',
]);
