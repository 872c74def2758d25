/**
 * Typed arrays on SharedArrayBuffer, so that worker threads read the prepared features without a
 * copy (linkage.md §5.1: "Run scoring in 2 worker_threads over typed-array/columnar records").
 */

export function sharedInt32(n: number, fill = 0): Int32Array {
  const a = new Int32Array(new SharedArrayBuffer(Math.max(1, n) * 4));
  if (fill !== 0) a.fill(fill);
  return a;
}

export function sharedUint16(n: number): Uint16Array {
  return new Uint16Array(new SharedArrayBuffer(Math.max(1, n) * 2));
}

export function sharedInt16(n: number): Int16Array {
  return new Int16Array(new SharedArrayBuffer(Math.max(1, n) * 2));
}

export function sharedUint8(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(Math.max(1, n)));
}

export function sharedFloat64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8));
}

/**
 * Distinct strings with integer ids; the characters of all values sit in one code array so that
 * string metrics run on slices of it.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  readonly counts: number[] = [];

  /** Id of a value, adding it when new; -1 for ''. */
  intern(value: string): number {
    if (value === '') return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.counts.push(0);
    }
    return id;
  }

  /** Intern and count one occurrence (for term frequencies). */
  add(value: string): number {
    const id = this.intern(value);
    if (id >= 0) this.counts[id]++;
    return id;
  }

  /** Characters of all values, and offsets[id]..offsets[id+1] for each. */
  pool(): { codes: Uint16Array; offsets: Int32Array } {
    let total = 0;
    for (const v of this.values) total += v.length;
    const codes = sharedUint16(total);
    const offsets = sharedInt32(this.values.length + 1);
    let at = 0;
    for (let id = 0; id < this.values.length; id++) {
      offsets[id] = at;
      const v = this.values[id];
      for (let k = 0; k < v.length; k++) codes[at++] = v.charCodeAt(k);
    }
    offsets[this.values.length] = at;
    return { codes, offsets };
  }
}

/** Memoise a string function: registries repeat the same names and dates many times. */
export function memoise(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
