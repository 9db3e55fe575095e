import { createServer } from 'node:net';

// Ports handed out by this process: the OS may offer a just-closed port again before the
// server that was given it has bound it.
const handedOut = new Set<number>();

/**
 * A TCP port on `host` that nobody listens on right now. Another process can still take it
 * before the server binds it: callers retry with a new port when the bind fails.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.once('error', reject);
      server.listen(0, host, () => {
        const address = server.address();
        server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
      });
    });
    if (!handedOut.has(port)) {
      if (handedOut.size > 1000) handedOut.clear();
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`No free TCP port on ${host} after 50 attempts.`);
}
