/**
 * Typed arrays on SharedArrayBuffer, so that worker threads read the prepared features without a
 * copy (linkage.md §5.1: "Run scoring in 2 worker_threads over typed-array/columnar records").
 */

import { readFileSync } from 'node:fs';

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

/**
 * Ids for pairs of small non-negative integers (a, b < 2^26), with open addressing on typed arrays:
 * several times faster than a Map for the millions of lookups blocking makes.
 */
export class PairIds {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The id of (a, b), given the next free id when new. */
  id(a: number, b: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const key = a * 67108864 + b;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return this.ids[slot];
      if (k === -1) {
        this.keys[slot] = key;
        this.ids[slot] = this.size;
        return this.size++;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const cap = oldKeys.length * 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s];
      if (key === -1) continue;
      const b = key % 67108864;
      const a = (key - b) / 67108864;
      let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.ids[slot] = oldIds[s];
    }
  }
}

/**
 * CPU seconds of the calling thread so far, from Linux's /proc/thread-self/stat (utime + stime, in
 * clock ticks of 1/100 s); undefined elsewhere. Node 20 has no per-thread CPU clock, and
 * process.cpuUsage() adds up every thread of the process, whatever each is doing.
 */
export function threadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at state: utime and stime are
    // the 14th and 15th fields of the line, the 12th and 13th after the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
