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
 * I hold?" is one comparison. Every worker–job pair is considered at most once: O(E log q_max).
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
  const jobOf = new Int32Array(W).fill(-1);
  const next = prefStart.slice(0, W);
  // Free workers, as a stack: an eviction pops one worker and pushes another, so W slots suffice.
  const free = new Int32Array(W);
  for (let w = 0; w < W; w++) free[w] = W - 1 - w;
  let top = W;
  let proposals = 0;

  while (top > 0) {
    const w = free[--top];
    const end = prefStart[w + 1];
    let e = next[w];
    for (; e < end; e++) {
      const key = priority[e];
      if (key < 0) continue; // the job order does not accept this worker: an immediate rejection
      const j = prefJob[e];
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
        jobOf[w] = j;
        break;
      }
      if (cap > 0 && key > heapKey[b]) {
        // Full, but the weakest held worker ranks below w: reject her and sift w down from the root.
        const rejected = heapWorker[b];
        jobOf[rejected] = -1;
        free[top++] = rejected;
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
        jobOf[w] = j;
        break;
      }
    }
    if (e < end) {
      proposals += e - next[w] + 1;
      next[w] = e + 1;
    } else {
      proposals += e - next[w];
      next[w] = end;
    }
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
