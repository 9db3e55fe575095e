/**
 * Starting an instance again on the new server (source 001): the JSON API's
 * `workflow/process/start/(*:processDefId)` with the record id and the `var_*` parameters.
 * The instance then waits at its definition's first activity.
 */
export interface StartRequest {
  /** The definition to start, as the new server names it (the successor, when mapped): "leave_approval@2". */
  definition: string;
  /** The form record id the instance works on: the same as on the old server. */
  recordId: string;
  /** The user who started it on the old server; it is started as the same user. */
  starter: string | null;
  /** The workflow variables (`var_*`), name → value. */
  variables: Record<string, string | null>;
  /** The instance's id on the old server (for logs and deterministic ids; the real API ignores it). */
  sourceInstanceId: string;
}

/**
 * Bringing an instance to an activity (`monitoring/activity/start/(*:processId)/(*:activityDefId)`).
 * The first call for an instance sets `abortCurrent`, which aborts the pending default
 * activity the start left; later calls (parallel branches, multi-instance activities)
 * do not, so the activities started before stay open.
 */
export interface ResumeRequest {
  /** The instance's id on the new server, as `start` returned it. */
  instanceId: string;
  /** The activity, as the new server's definition names it. */
  activity: string;
  abortCurrent: boolean;
  /** Who had the activity on the old server; the new server assigns it through the same directory. */
  assignee: string | null;
  recordId: string;
}

/**
 * The new server, as the migration drives it: a batch of starts, then rounds of resumes
 * (the first activity of every instance with `abortCurrent: true`, then the second ones,
 * …), so each instance sees its calls in order. `engineTablesServer` does it at database
 * level; `processServerApi` wraps a user's own calls to their server's API.
 */
export interface ProcessServer {
  /** Starts each request; resolves to the new instance ids, in the requests' order (`null`: not started). */
  start(requests: readonly StartRequest[]): Promise<(string | null)[]>;
  resume(requests: readonly ResumeRequest[]): Promise<void>;
}

/** A user's API, one call per instance and activity, as source 001 describes it. */
export interface ProcessServerApi {
  /** Starts one instance; resolves to its id on the new server. */
  start(request: StartRequest): Promise<string>;
  resume(request: ResumeRequest): Promise<void>;
}

/**
 * A `ProcessServer` over a user's per-call API, e.g. their server's JSON API. Calls run
 * `concurrency` at a time (default 1); the resumes of one instance still run in order,
 * since each round waits for the previous one.
 *
 * @example
 * const server = processServerApi({
 *   async start(r) {
 *     const vars = Object.entries(r.variables).map(([k, v]) => `var_${k}=${encodeURIComponent(v ?? '')}`).join('&');
 *     const res = await fetch(`${base}/web/json/workflow/process/start/${appDef(r.definition)}?recordId=${r.recordId}&${vars}`, { method: 'POST', headers });
 *     return (await res.json()).processId;
 *   },
 *   async resume(r) {
 *     await fetch(`${base}/web/json/monitoring/activity/start/${r.instanceId}/${r.activity}?abortCurrent=${r.abortCurrent}`, { method: 'POST', headers });
 *   },
 * });
 */
export function processServerApi(api: ProcessServerApi, options: { concurrency?: number } = {}): ProcessServer {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const pooled = async <R, T>(requests: readonly R[], call: (request: R) => Promise<T>): Promise<T[]> => {
    const results: T[] = new Array(requests.length);
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        results[index] = await call(requests[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
    return results;
  };
  return {
    start: (requests) => pooled(requests, (request) => api.start(request)),
    resume: async (requests) => void (await pooled(requests, (request) => api.resume(request))),
  };
}
