import { HarnessError } from '../errors/harness-error.ts';
import type { PhaseName, PhaseResult } from '../report/pilot-report.ts';
import type { Clock } from '../util/clock.ts';

/** Runs the phases of a pilot, recording each one's status and duration; stops when aborted. */
export interface PhaseRecorder {
  readonly phases: PhaseResult[];
  run<T>(name: PhaseName, work: () => Promise<T>, note?: (result: T) => string): Promise<T>;
  /** Records a phase that did nothing (e.g. seeding, when a cached snapshot was reused). */
  skip(name: PhaseName, note: string): void;
}

export function phaseRecorder(clock: Clock, signal?: AbortSignal): PhaseRecorder {
  const phases: PhaseResult[] = [];
  return {
    phases,
    async run(name, work, note) {
      if (signal?.aborted) throw new HarnessError('INTERRUPTED', `The run was interrupted before the ${name} phase.`);
      const begin = clock.now();
      try {
        const result = await work();
        phases.push({ phase: name, status: 'success', durationMs: clock.now() - begin, ...(note ? { note: note(result) } : {}) });
        return result;
      } catch (caught) {
        phases.push({ phase: name, status: 'error', durationMs: clock.now() - begin });
        throw caught;
      }
    },
    skip(name, note) {
      phases.push({ phase: name, status: 'skipped', durationMs: 0, note });
    },
  };
}
