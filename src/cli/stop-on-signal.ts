import type { CliIo } from './main.ts';

/** An abort signal raised by the first SIGINT or SIGTERM; disposing stops listening. */
export interface SignalStop extends Disposable {
  readonly signal: AbortSignal;
}

/**
 * The first SIGINT or SIGTERM aborts `signal`, so the command stops at its next boundary
 * (`until`: "the current phase", "the current run") and still tears its environments
 * down; a second one quits at once with exit code 130.
 *
 * @example
 * using stop = stopOnSignal(io, 'the current phase');
 * await runPilot(file, { signal: stop.signal });
 */
export function stopOnSignal(io: CliIo, until: string): SignalStop {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    io.err(`${signal}: stopping after ${until} and tearing the environments down (again to quit at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    [Symbol.dispose]: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
