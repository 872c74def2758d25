/**
 * Worker-proposing deferred acceptance with capacities (Gale & Shapley 1962, "College admissions and
 * the stability of marriage", Amer. Math. Monthly 69:9–15; the many-to-one form as run by the NRMP,
 * Roth & Peranson 1999, AER 89(4):748–780).
 *
 * Each free worker applies to the best job order on her list she has not yet applied to. A job order
 * with q places holds its q highest-priority applicants so far and rejects the rest; a rejected worker
 * applies further down her list. When nobody is left to apply, the held applications are the result.
 *
 * Why this mechanism: the result is stable (no worker and job order would both rather be matched to
 * each other), it is the best stable result for every worker, and it is strategy-proof for workers:
 * ranking honestly is a dominant strategy (Dubins & Freedman 1981; Roth 1982; survey in Roth 2008,
 * IJGT 36:537–569). Migrant workers are the vulnerable side, so that protection is theirs.
 *
 * Speed (matching.md §4: 0.14 s in JS for 200k × 10k × 50): each job order keeps its held workers in a
 * binary min-heap on its priority key, laid out in one shared typed array (job order j owns the slots
 * base[j]..base[j+1)); the weakest held worker is the root, so "is this applicant better than someone
 * I hold?" is one comparison. A separate array `bar[j]` holds the key an applicant must beat (−1, below
 * every key, while there is room; the root's key once full; +∞ with no places), so the common case, a
 * rejection, reads one number per job order instead of three. Every worker–job pair is considered at
 * most once: O(E log q_max).
 * The order in which free workers apply does not change the outcome (Gale–Shapley 1962, Theorem 2).
 */
import type { Market } from './market.ts';

export interface Allocation {
  /** Job order index per worker, −1 when the worker is not placed. */
  jobOf: Int32Array;
  /** Applications made (worker–job pairs considered): the work done, for the benchmark. */
  proposals: number;
}

/**
 * Runs worker-proposing deferred acceptance on a market. Pure: the market is not modified.
 *
 * @example
 *   const { jobOf } = allocateWorkers(market);
 *   jobOf[17]; // the job order index worker 17 is placed in, or −1
 */
export function allocateWorkers(market: Market): Allocation {
  const { workerCount: W, jobCount: J, prefStart, prefJob, priority } = market;
  const base = heapOffsets(market);
  const slots = base[J];
  const heapKey = new Float64Array(slots);
  const heapWorker = new Int32Array(slots);
  const heapSize = new Int32Array(J);
  const bar = new Float64Array(J).fill(-1);
  for (let j = 0; j < J; j++) if (base[j + 1] === base[j]) bar[j] = Infinity;
  // Each worker's next list position and list end side by side: one cache line per re-proposal.
  const cursor = new Int32Array(2 * W);
  for (let w = 0; w < W; w++) {
    cursor[2 * w] = prefStart[w];
    cursor[2 * w + 1] = prefStart[w + 1];
  }
  // Free workers, as a stack: an eviction pops one worker and pushes another, so W slots suffice.
  const free = new Int32Array(W);
  for (let w = 0; w < W; w++) free[w] = W - 1 - w;
  let top = W;
  let proposals = 0;

  while (top > 0) {
    const w = free[--top];
    const from = cursor[2 * w];
    const end = cursor[2 * w + 1];
    let e = from;
    for (; e < end; e++) {
      const key = priority[e];
      const j = prefJob[e];
      // Also rejects keys of −1: the job order does not accept this worker.
      if (key <= bar[j]) continue;
      const b = base[j];
      const cap = base[j + 1] - b;
      const size = heapSize[j];
      if (size < cap) {
        // A free place: hold the application, sifting it up from the last slot.
        let i = size;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          const pk = heapKey[b + parent];
          if (pk <= key) break;
          heapKey[b + i] = pk;
          heapWorker[b + i] = heapWorker[b + parent];
          i = parent;
        }
        heapKey[b + i] = key;
        heapWorker[b + i] = w;
        heapSize[j] = size + 1;
        if (size + 1 === cap) bar[j] = heapKey[b];
        break;
      }
      // Full, and the weakest held worker ranks below w (key > bar): reject her and sift w down from the root.
      free[top++] = heapWorker[b];
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        let child = left;
        let ck = heapKey[b + left];
        const right = left + 1;
        if (right < size) {
          const rk = heapKey[b + right];
          if (rk < ck) {
            child = right;
            ck = rk;
          }
        }
        if (ck >= key) break;
        heapKey[b + i] = ck;
        heapWorker[b + i] = heapWorker[b + child];
        i = child;
      }
      heapKey[b + i] = key;
      heapWorker[b + i] = w;
      bar[j] = heapKey[b];
      break;
    }
    if (e < end) {
      proposals += e - from + 1;
      cursor[2 * w] = e + 1;
    } else {
      proposals += e - from;
      cursor[2 * w] = end;
    }
  }
  // Read the result off the heaps once at the end rather than track it through every rejection.
  const jobOf = new Int32Array(W).fill(-1);
  for (let j = 0; j < J; j++) {
    const b = base[j];
    for (let i = 0; i < heapSize[j]; i++) jobOf[heapWorker[b + i]] = j;
  }
  return { jobOf, proposals };
}

/**
 * Heap slot offsets per job order: prefix sums of the capacities. A capacity larger than the number of
 * workers who ranked the job order can never be used, so when the capacities add up to more than the
 * pair count (say a caller passes 1e9 for "unlimited") they are clamped to that count to bound memory.
 */
function heapOffsets(market: Market): Int32Array {
  const { jobCount: J, capacity, prefJob } = market;
  const base = new Int32Array(J + 1);
  let total = 0;
  for (let j = 0; j < J; j++) total += capacity[j];
  let usable: Int32Array = capacity;
  if (total > prefJob.length) {
    const applicants = new Int32Array(J);
    for (let e = 0; e < prefJob.length; e++) applicants[prefJob[e]]++;
    usable = new Int32Array(J);
    for (let j = 0; j < J; j++) usable[j] = Math.min(capacity[j], applicants[j]);
  }
  for (let j = 0; j < J; j++) base[j + 1] = base[j] + usable[j];
  return base;
}
