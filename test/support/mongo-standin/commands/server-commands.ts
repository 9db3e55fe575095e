/** Handshake and server-level commands: hello, ping, buildInfo, getParameter, serverStatus… */
import type { Document } from 'bson';
import { CommandError } from '../command-error.ts';
import type { CommandContext, CommandHandler } from './command-context.ts';

/** What the stand-in claims to be; `standin` and `gitVersion` say it is not MongoDB. */
export const STANDIN_VERSION = {
  version: '7.0.0',
  versionArray: [7, 0, 0, 0],
  gitVersion: 'migration-pilot-standin',
  maxWireVersion: 21,
  description: 'migration-pilot MongoDB stand-in: an in-memory test double speaking the wire protocol, not MongoDB',
} as const;

const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

function hello(legacy: boolean): CommandHandler {
  return (command, context) => {
    if (command.loadBalanced === true) {
      throw new CommandError('BadValue', 'The migration-pilot MongoDB stand-in is a standalone server; load-balanced mode is not supported');
    }
    return {
      ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
      helloOk: true,
      maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
      maxMessageSizeBytes: 48_000_000,
      maxWriteBatchSize: 100_000,
      localTime: context.now(),
      // Present so the driver sends sessions (lsid) as it would to a real server.
      logicalSessionTimeoutMinutes: 30,
      connectionId: context.connectionId,
      minWireVersion: 0,
      maxWireVersion: STANDIN_VERSION.maxWireVersion,
      readOnly: false,
      // No `compression`: the driver then never sends OP_COMPRESSED.
      standin: true,
      ok: 1,
    };
  };
}

const buildInfo: CommandHandler = () => ({
  version: STANDIN_VERSION.version,
  versionArray: [...STANDIN_VERSION.versionArray],
  gitVersion: STANDIN_VERSION.gitVersion,
  standin: true,
  description: STANDIN_VERSION.description,
  modules: [],
  allocator: 'system',
  javascriptEngine: 'none',
  sysInfo: 'deprecated',
  bits: 64,
  debug: false,
  maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
  storageEngines: ['standin-memory'],
  ok: 1,
});

const PARAMETERS: Record<string, unknown> = {
  featureCompatibilityVersion: { version: '7.0' },
  authenticationMechanisms: [],
  maxBSONDepth: 100,
};

const getParameter: CommandHandler = (command) => {
  const all = command.getParameter === '*' || (typeof command.getParameter === 'object' && command.getParameter?.allParameters === true);
  const reply: Document = {};
  for (const name of all ? Object.keys(PARAMETERS) : Object.keys(command).filter((key) => key !== 'getParameter' && !key.startsWith('$') && key !== 'lsid')) {
    if (!(name in PARAMETERS)) {
      throw new CommandError('InvalidOptions', `no option found to get: ${JSON.stringify(name)} (the stand-in knows ${Object.keys(PARAMETERS).join(', ')})`);
    }
    reply[name] = PARAMETERS[name];
  }
  return { ...reply, ok: 1 };
};

const serverStatus: CommandHandler = (_command, context: CommandContext) => {
  const now = context.now();
  const connections = context.connections();
  return {
    host: context.host,
    version: STANDIN_VERSION.version,
    process: 'migration-pilot-standin',
    standin: true,
    pid: process.pid,
    uptime: Math.floor((now.getTime() - context.startedAt.getTime()) / 1000),
    uptimeMillis: now.getTime() - context.startedAt.getTime(),
    localTime: now,
    connections: { current: connections.current, available: 1000, totalCreated: connections.totalCreated },
    metrics: { cursor: { open: { total: context.cursors.openCount } } },
    ok: 1,
  };
};

export const serverCommands: Record<string, CommandHandler> = {
  hello: hello(false),
  isMaster: hello(true),
  ismaster: hello(true),
  ping: () => ({ ok: 1 }),
  buildInfo,
  buildinfo: buildInfo,
  getParameter,
  serverStatus,
  endSessions: () => ({ ok: 1 }),
  // The driver may send these; the stand-in has nothing to refresh or report.
  refreshSessions: () => ({ ok: 1 }),
  getLog: () => ({ totalLinesWritten: 0, log: [], ok: 1 }),
};
