/** What was seen of the database's health during the chain (`check facts` of `health`). */
export interface HealthReport {
  /** Whose CPU and memory were sampled: the container, the server's processes, or the harness process hosting an embedded database. */
  seenAs: 'container' | 'server processes' | 'harness process (embedded)' | 'not visible';
  /** Why it could not be seen, when it could not. */
  note?: string;
  samples: HealthSample[];
  /** Peaks over the samples; absent without samples. */
  peakCpuPercent?: number;
  peakMemoryBytes?: number;
  logs: {
    seenAs: 'server log' | 'container log' | 'not visible';
    note?: string;
    /** ERROR, FATAL and PANIC lines logged during the chain (the ignored ones left out). */
    errors: string[];
    /** Lines read in all. */
    lines: number;
  };
}

export interface HealthSample {
  /** Milliseconds since the chain started. */
  atMs: number;
  /** CPU since the previous sample, in percent of one core. */
  cpuPercent: number;
  memoryBytes: number;
}
