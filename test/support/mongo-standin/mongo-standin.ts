/**
 * The MongoDB stand-in: a wire-compatible, in-memory test double for CI machines where no
 * MongoDB server can run. It is NOT MongoDB. See README.md in this folder for what it
 * implements, what it enforces, its gaps, and the rule that tests using it say "stand-in".
 *
 * @example
 * await using standin = await startMongoStandin();
 * const client = new MongoClient(standin.url);
 * await client.db('app').collection('users').insertOne({ name: 'ada' });
 */
import { createServer, type Socket } from 'node:net';
import type { Document } from 'bson';
import type { CommandContext } from './commands/command-context.ts';
import { STANDIN_VERSION } from './commands/server-commands.ts';
import { CursorRegistry } from './cursor-registry.ts';
import { MemoryStore } from './memory-store.ts';
import { runCommand } from './run-command.ts';
import { MORE_TO_COME, MessageFramer, encodeMsgReply, encodeOpReply, parseMessage } from './wire-protocol.ts';

export interface MongoStandinOptions {
  /** TCP port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /** Clock for `localTime`, `$currentDate`, `$$NOW`; defaults to the system clock. */
  now?: () => Date;
}

export interface StartedMongoStandin extends AsyncDisposable {
  /** `mongodb://127.0.0.1:<port>/?directConnection=true` */
  readonly url: string;
  readonly port: number;
  /** Says what this is, for test names and reports. */
  readonly description: string;
  /** Closes every connection and the listener; the data is gone afterwards. */
  stop(): Promise<void>;
}

export const MONGO_STANDIN_VERSION = STANDIN_VERSION;

export async function startMongoStandin(options: MongoStandinOptions = {}): Promise<StartedMongoStandin> {
  const now = options.now ?? (() => new Date());
  const store = new MemoryStore();
  const cursors = new CursorRegistry();
  const sockets = new Set<Socket>();
  const startedAt = now();
  let connectionsCreated = 0;
  let nextRequestId = 1;
  let host = '127.0.0.1:0';

  const server = createServer((socket) => {
    connectionsCreated += 1;
    const connectionId = connectionsCreated;
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const framer = new MessageFramer();
    const contextFor = (database: string): CommandContext => ({
      store,
      cursors,
      database,
      now,
      host,
      connectionId,
      startedAt,
      connections: () => ({ current: sockets.size, totalCreated: connectionsCreated }),
    });
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const raw of framer.push(chunk)) {
          const message = parseMessage(raw);
          if (message.kind === 'msg') {
            const command: Document = { ...message.body };
            for (const [identifier, documents] of message.sequences) command[identifier] = documents;
            const database = typeof command.$db === 'string' ? command.$db : 'admin';
            const reply = runCommand(command, contextFor(database));
            if ((message.flags & MORE_TO_COME) === 0) socket.write(encodeMsgReply(nextRequestId++, message.requestId, reply));
          } else if (message.kind === 'query') {
            // Only the driver's first handshake arrives as OP_QUERY on `<db>.$cmd`.
            const command = (message.query.$query as Document | undefined) ?? message.query;
            const database = message.collection.replace(/\.\$cmd$/, '');
            socket.write(encodeOpReply(nextRequestId++, message.requestId, runCommand(command, contextFor(database))));
          } else {
            // OP_COMPRESSED and the legacy CRUD opcodes are never negotiated by hello.
            socket.destroy(new Error(`The MongoDB stand-in does not speak opcode ${message.opCode}`));
          }
        }
      } catch {
        socket.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The MongoDB stand-in did not get a TCP port');
  const port = address.port;
  host = `127.0.0.1:${port}`;

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= new Promise<void>((resolve) => {
      cursors.clear();
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
    return stopped;
  };

  return {
    url: `mongodb://127.0.0.1:${port}/?directConnection=true`,
    port,
    description: `MongoDB stand-in (in-memory test double, not MongoDB; reports ${STANDIN_VERSION.version}) at ${host}`,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
