/** Time, injected so that runs and reports can be made deterministic in tests. */
export interface Clock {
  /** Milliseconds on a monotonic scale, for durations. */
  now(): number;
  /** Wall-clock time, for timestamps in reports. */
  date(): Date;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  date: () => new Date(),
};
