import type { Clock } from '../util/clock.ts';

/**
 * A clock that runs only while this thread computes: its CPU time (user + system), in ms.
 * The embedded database runs in this thread, single-threaded, with its files in memory, so
 * a step's CPU time is what its wall time would be on an idle machine; other processes on a
 * shared machine do not stretch it, as they stretch wall time. Node before 23.9 has no
 * per-thread figure, and the process's CPU time (all threads) stands in.
 *
 * @example
 * const began = threadCpuClock.now(); await session.query('update …'); const ms = threadCpuClock.now() - began;
 */
export const threadCpuClock: Clock = {
  now() {
    const usage = typeof process.threadCpuUsage === 'function' ? process.threadCpuUsage() : process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  },
  date: () => new Date(),
};
