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
 * Speed (matching.md §4: 0.14 s in JS for 200k × 10k × 50). Every worker–job pair is considered at
 * most once: O(E log q_max). Measured, the time goes to memory misses, not arithmetic, so:
 * - each job order keeps its held workers in a binary min-heap on the priority key, weakest at the
 *   root, in one shared array (job order j owns slots base[j]..base[j+1)), key and worker side by side
 *   so that one sift step touches one cache line;
 * - `bar[j]` is the key an applicant must beat (−1, below every key, while there is room; the root's
 *   key once full; +∞ with no places), so the common case, a rejection, reads one small array;
 * - workers apply in index order and a rejected worker applies again at once (the sequential form of
 *   McVitie & Wilson 1971, CACM 14(7):486–490; the order of applications does not change the result),
 *   so no queue of free workers is kept, and her list position is read before the heap is repaired,
 *   letting the processor fetch it while it sifts.
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
  const heap = new Float64Array(2 * base[J]); // [key, worker] per slot
  const heapSize = new Int32Array(J);
  const bar = new Float64Array(J).fill(-1);
  for (let j = 0; j < J; j++) if (base[j + 1] === base[j]) bar[j] = Infinity;
  // Each worker's next list position; her list end is prefStart[w + 1].
  const next = prefStart.slice(0, W);
  let proposals = 0;

  for (let first = 0; first < W; first++) {
    let w = first;
    let e = prefStart[w];
    let end = prefStart[w + 1];
    // Worker w applies down her list; when she displaces someone, that worker continues the chain.
    for (;;) {
      const from = e;
      let key = -1;
      let j = -1;
      for (; e < end; e++) {
        key = priority[e];
        j = prefJob[e];
        if (key > bar[j]) break; // also skips keys of −1: the job order does not accept her
      }
      if (e === end) {
        proposals += e - from;
        next[w] = end;
        break; // rejected everywhere she ranked: she stays unplaced
      }
      proposals += e - from + 1;
      next[w] = e + 1;
      const b = base[j];
      const cap = base[j + 1] - b;
      const size = heapSize[j];
      if (size < cap) {
        // A free place: hold the application, sifting it up from the last slot.
        let i = size;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          const pk = heap[2 * (b + parent)];
          if (pk <= key) break;
          heap[2 * (b + i)] = pk;
          heap[2 * (b + i) + 1] = heap[2 * (b + parent) + 1];
          i = parent;
        }
        heap[2 * (b + i)] = key;
        heap[2 * (b + i) + 1] = w;
        heapSize[j] = size + 1;
        if (size + 1 === cap) bar[j] = heap[2 * b];
        break;
      }
      // Full, and the weakest held worker ranks below w (key > bar): she is rejected and applies next.
      const rejected = heap[2 * b + 1];
      const resume = next[rejected];
      const resumeEnd = prefStart[rejected + 1];
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        let child = left;
        let ck = heap[2 * (b + left)];
        const right = left + 1;
        if (right < size) {
          const rk = heap[2 * (b + right)];
          if (rk < ck) {
            child = right;
            ck = rk;
          }
        }
        if (ck >= key) break;
        heap[2 * (b + i)] = ck;
        heap[2 * (b + i) + 1] = heap[2 * (b + child) + 1];
        i = child;
      }
      heap[2 * (b + i)] = key;
      heap[2 * (b + i) + 1] = w;
      bar[j] = heap[2 * b];
      w = rejected;
      e = resume;
      end = resumeEnd;
    }
  }

  // Read the result off the heaps once at the end rather than track it through every rejection.
  const jobOf = new Int32Array(W).fill(-1);
  for (let j = 0; j < J; j++) {
    const b = base[j];
    for (let i = 0; i < heapSize[j]; i++) jobOf[heap[2 * (b + i) + 1]] = j;
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
