/**
 * Clusters: connected components of the pairs at or above a threshold (linkage.md §5.6), with a
 * union-find over record indices (path halving, union by size).
 */

/**
 * Cluster number of each record (the smallest record index of its component).
 * @example clusterPairs(3, Int32Array.of(0), Int32Array.of(2), Float32Array.of(9), 0) // [0, 1, 0]
 */
export function clusterPairs(
  n: number,
  left: Int32Array,
  right: Int32Array,
  weight: Float32Array,
  minWeight: number,
  count = left.length,
): Int32Array {
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (let k = 0; k < count; k++) {
    if (weight[k] < minWeight) continue;
    let a = find(left[k]);
    let b = find(right[k]);
    if (a === b) continue;
    if (size[a] < size[b]) [a, b] = [b, a];
    parent[b] = a;
    size[a] += size[b];
  }
  const smallest = new Int32Array(n).fill(-1);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (smallest[root] < 0) smallest[root] = i;
    out[i] = smallest[root];
  }
  return out;
}
