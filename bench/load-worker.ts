/**
 * The load generator of the HTTP benchmarks, in a thread of its own so that sending requests and
 * timing them never waits on the server's event loop. It offers requests at a constant rate, one
 * every 1000/rate ms whatever the server answers (an open loop, as wrk2 does), with loadtest's
 * requestsPerSecond mode, going round the given requests in order, and posts back each response's
 * status and time. autocannon's overallRate is not used: it lets each connection send back to back
 * until its share of the second is spent, so "200 requests a second" arrives as bursts of 20
 * concurrent requests at the start of every second, and the latency measured is the queue of the burst.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { loadTest as untypedLoadTest } from 'loadtest';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadJob {
  url: string;
  rate: number;
  /** How many requests to send in all (rate × seconds). */
  total: number;
  headers: Record<string, string>;
  requests: LoadRequest[];
}

export interface LoadOutcome {
  /** Milliseconds from sending each request to the end of its response, in the order they ended. */
  times: number[];
  statuses: Record<string, number>;
  errors: number;
  seconds: number;
  /** The most requests that were waiting for their answer at one time. */
  peakInFlight: number;
}

/** loadtest's shipped types predate its promise API (no callback: a promise of the result). */
const loadTest = untypedLoadTest as unknown as (options: Record<string, unknown>) => Promise<unknown>;

type Generator = (options: unknown, params: RequestOptions, request: (p: RequestOptions, cb: (res: IncomingMessage) => void) => ClientRequest, connect: (res: IncomingMessage) => void) => ClientRequest;

async function run(job: LoadJob): Promise<LoadOutcome> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  const requestGenerator: Generator = (_options, params, request, connect) => {
    const r = job.requests[next++ % job.requests.length];
    const headers: Record<string, string | number> = { ...(params.headers as Record<string, string>), ...job.headers };
    if (r.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(r.body);
    }
    const sent = performance.now();
    peakInFlight = Math.max(peakInFlight, ++inFlight);
    const req = request({ ...params, method: r.method, path: r.path, headers }, (res) => {
      res.on('end', () => {
        inFlight--;
        times.push(performance.now() - sent);
        statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
      });
      connect(res);
    });
    req.once('error', () => inFlight--);
    if (r.body !== undefined) req.write(r.body);
    return req;
  };
  const started = performance.now();
  await loadTest({
    url: job.url,
    requestsPerSecond: job.rate,
    maxRequests: job.total,
    agentKeepAlive: true,
    quiet: true,
    requestGenerator,
    // Responses are timed above, to the microsecond (loadtest's own figure is whole milliseconds);
    // this counts the requests that got no response at all.
    statusCallback: (_error: unknown, result: { statusCode?: number } | undefined) => {
      if (!result?.statusCode) errors++;
    },
  });
  return { times, statuses, errors, seconds: (performance.now() - started) / 1000, peakInFlight };
}

if (parentPort && workerData) {
  const port = parentPort;
  run(workerData as LoadJob).then(
    (outcome) => port.postMessage({ ok: true, outcome }),
    (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
}

/** Runs a load job in a new thread and gives back what it measured. */
export function offerLoad(job: LoadJob): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit tsx's loader: it registers it first (as the linkage scoring workers do).
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => { api.register(); return import(${JSON.stringify(import.meta.url)}); });`;
    const worker = new Worker(boot, { eval: true, workerData: job });
    worker.once('message', (m: { ok: true; outcome: LoadOutcome } | { ok: false; message: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.outcome);
      else reject(new Error(`load generator: ${m.message}`));
    });
    worker.once('error', reject);
  });
}
