/**
 * Writes and reads an instance and its assignment as plain files (docs/allocation-format.md), so that
 * anyone can re-check a published result with their own code: a JSON header and flat little-endian
 * arrays that numpy, R or a few lines of C read directly. The same bytes feed every implementation,
 * which is what makes cross-implementation comparison fair (matching.md §3.1, §3.2).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import { assertValidMarket, type Market } from './market.ts';

export const INSTANCE_FORMAT = 'puente-allocation-instance/1';
export const ASSIGNMENT_FORMAT = 'puente-allocation-assignment/1';

interface FileEntry {
  path: string;
  sha256: string;
  bytes: number;
}

export interface InstanceHeader {
  format: typeof INSTANCE_FORMAT;
  workers: number;
  jobOrders: number;
  pairs: number;
  lotteryBase: number;
  files: { capacity: FileEntry; prefStart: FileEntry; prefJob: FileEntry; priority: FileEntry };
  /** Free-form facts about the instance (generator, seed…). */
  meta: Record<string, string | number>;
}

export interface AssignmentHeader {
  format: typeof ASSIGNMENT_FORMAT;
  /** SHA-256 of instance.json: which instance this assignment is for. */
  instanceSha256: string;
  workers: number;
  placed: number;
  file: FileEntry;
  meta: Record<string, string | number>;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function bytesOf(array: Int32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function assertLittleEndian(): void {
  // The arrays are written as the machine holds them; the format says little-endian.
  if (endianness() !== 'LE') throw new Error('allocation files need a little-endian machine');
}

async function writeArray(dir: string, name: string, array: Int32Array | Float64Array): Promise<FileEntry> {
  const bytes = bytesOf(array);
  await writeFile(path.join(dir, name), bytes);
  return { path: name, sha256: sha256(bytes), bytes: bytes.byteLength };
}

async function readArray<T extends Int32Array | Float64Array>(
  dir: string,
  entry: FileEntry,
  make: (length: number) => T,
  expectedLength: number,
): Promise<T> {
  const data = await readFile(path.join(dir, entry.path));
  if (sha256(data) !== entry.sha256) throw new Error(`${entry.path}: SHA-256 does not match the header`);
  const array = make(expectedLength);
  if (data.byteLength !== array.byteLength) throw new Error(`${entry.path}: expected ${array.byteLength} bytes`);
  // Copy into a fresh, aligned array: a Buffer from readFile may start at any byte offset.
  bytesOf(array).set(data);
  return array;
}

/**
 * Writes instance.json and its arrays to `dir` (created if missing). Returns the instance SHA-256,
 * which an assignment file then names.
 *
 * @example
 *   const instanceSha256 = await writeInstanceFiles('out', market, { seed: 42 });
 *   await writeAssignmentFiles('out', instanceSha256, jobOf);
 */
export async function writeInstanceFiles(
  dir: string,
  market: Market,
  meta: Record<string, string | number> = {},
): Promise<string> {
  assertLittleEndian();
  await mkdir(dir, { recursive: true });
  const header: InstanceHeader = {
    format: INSTANCE_FORMAT,
    workers: market.workerCount,
    jobOrders: market.jobCount,
    pairs: market.prefJob.length,
    lotteryBase: market.lotteryBase,
    files: {
      capacity: await writeArray(dir, 'capacity.i32', market.capacity),
      prefStart: await writeArray(dir, 'pref-start.i32', market.prefStart),
      prefJob: await writeArray(dir, 'pref-job.i32', market.prefJob),
      priority: await writeArray(dir, 'priority.f64', market.priority),
    },
    meta,
  };
  const text = JSON.stringify(header, null, 2) + '\n';
  await writeFile(path.join(dir, 'instance.json'), text);
  return sha256(text);
}

export async function writeAssignmentFiles(
  dir: string,
  instanceSha256: string,
  jobOf: Int32Array,
  meta: Record<string, string | number> = {},
): Promise<void> {
  assertLittleEndian();
  await mkdir(dir, { recursive: true });
  let placed = 0;
  for (let w = 0; w < jobOf.length; w++) if (jobOf[w] !== -1) placed++;
  const header: AssignmentHeader = {
    format: ASSIGNMENT_FORMAT,
    instanceSha256,
    workers: jobOf.length,
    placed,
    file: await writeArray(dir, 'assignment.i32', jobOf),
    meta,
  };
  await writeFile(path.join(dir, 'assignment.json'), JSON.stringify(header, null, 2) + '\n');
}

/** Reads and validates instance.json and its arrays; checks every file's SHA-256. */
export async function readInstanceFiles(dir: string): Promise<{ market: Market; header: InstanceHeader; sha256: string }> {
  assertLittleEndian();
  const text = await readFile(path.join(dir, 'instance.json'), 'utf8');
  const header = JSON.parse(text) as InstanceHeader;
  if (header.format !== INSTANCE_FORMAT) throw new Error(`instance.json: unknown format ${String(header.format)}`);
  const { workers, jobOrders, pairs, files } = header;
  const market: Market = {
    workerCount: workers,
    jobCount: jobOrders,
    capacity: await readArray(dir, files.capacity, (n) => new Int32Array(n), jobOrders),
    prefStart: await readArray(dir, files.prefStart, (n) => new Int32Array(n), workers + 1),
    prefJob: await readArray(dir, files.prefJob, (n) => new Int32Array(n), pairs),
    priority: await readArray(dir, files.priority, (n) => new Float64Array(n), pairs),
    lotteryBase: header.lotteryBase,
  };
  assertValidMarket(market);
  return { market, header, sha256: sha256(text) };
}

/** Reads assignment.json and its array; `instanceSha256` must match the instance it is checked against. */
export async function readAssignmentFiles(
  dir: string,
  instanceSha256: string,
): Promise<{ jobOf: Int32Array; header: AssignmentHeader }> {
  assertLittleEndian();
  const header = JSON.parse(await readFile(path.join(dir, 'assignment.json'), 'utf8')) as AssignmentHeader;
  if (header.format !== ASSIGNMENT_FORMAT) throw new Error(`assignment.json: unknown format ${String(header.format)}`);
  if (header.instanceSha256 !== instanceSha256) throw new Error('assignment.json is for another instance');
  const jobOf = await readArray(dir, header.file, (n) => new Int32Array(n), header.workers);
  return { jobOf, header };
}
