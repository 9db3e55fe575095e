/*
 * A harness stand-in for the reaper test: starts a source and a target through the
 * testcontainers provider, snapshots the source, prints one JSON line when all is ready,
 * then waits to be killed. Usage: node --import tsx start-two-environments.ts <label>
 */
import { testcontainersProvider } from '../testcontainers-provider.ts';

const label = process.argv[2];
if (!label) throw new Error('usage: start-two-environments.ts <label>');
const provider = testcontainersProvider();
const [source] = await Promise.all([
  provider.start({ role: 'source', engine: 'postgres', label }),
  provider.start({ role: 'target', engine: 'postgres', label }),
]);
const snapshot = await source!.snapshot();
console.log(JSON.stringify({ ready: true, snapshot: (snapshot as { image?: string }).image }));
setInterval(() => undefined, 60_000);
