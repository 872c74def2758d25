/**
 * The one platform-wide tie-break lottery (matching.md §1.1 "Ties", §1.4 "Equal-treatment").
 *
 * Every job order breaks equal scores with the same number per worker (single tie-breaking). Any
 * fixed tie-break keeps deferred acceptance strategy-proof for workers; a single one also treats equal
 * workers alike everywhere; simulations on New York school match data favoured it over a separate
 * lottery per school (Abdulkadiroğlu, Pathak & Roth 2009, AER 99(5):1954–1978).
 *
 * The number is SHA-256(seed + ":" + workerId) read as a big-endian integer, and the lottery rank is
 * the worker's position when those are sorted in ascending order: anyone with the published seed and
 * the worker ids can recompute it with standard tools. The rank, not the hash, goes into the priority
 * key so that the key stays an exact integer. Ranks keep their order across rounds: a worker ahead of
 * another in round one stays ahead in any later round drawn with the same seed.
 */
import { createHash } from 'node:crypto';

/** The worker's lottery hash as 64 hex digits; higher wins ties. */
export function lotteryHash(seed: string, workerId: string): string {
  return createHash('sha256').update(`${seed}:${workerId}`).digest('hex');
}

/**
 * Lottery rank per worker, in [0, workerIds.length); the worker with the highest hash gets the highest
 * rank and wins ties. Throws on a repeated worker id (one number per worker).
 *
 * @example
 *   drawLottery('2027-round-1', ['w-1', 'w-2', 'w-3']); // e.g. Uint32Array [2, 0, 1]
 */
export function drawLottery(seed: string, workerIds: readonly string[]): Uint32Array {
  const hashes = workerIds.map((id) => lotteryHash(seed, id));
  const order = workerIds.map((_, i) => i);
  // Equal-length hex strings compare like the integers they spell.
  order.sort((a, b) => (hashes[a] < hashes[b] ? -1 : hashes[a] > hashes[b] ? 1 : 0));
  const rank = new Uint32Array(workerIds.length);
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    if (r > 0 && hashes[order[r - 1]] === hashes[i]) {
      throw new Error(`worker id ${workerIds[i]} appears twice in the lottery`);
    }
    rank[i] = r;
  }
  return rank;
}
