import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readAssignmentFiles,
  readInstanceFiles,
  writeAssignmentFiles,
  writeInstanceFiles,
} from './allocation-files.ts';
import { allocateWorkers } from './deferred-acceptance.ts';
import { findAllocationViolation } from './verify-allocation.ts';
import { generateMarket } from '../../../bench/allocation.ts';

describe('allocation files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'puente-allocation-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips an instance and its assignment, which a reader can then check', async () => {
    const market = generateMarket(11, 2_000, 100, 20);
    const { jobOf } = allocateWorkers(market);
    const sha = await writeInstanceFiles(dir, market, { seed: 11 });
    await writeAssignmentFiles(dir, sha, jobOf);

    const read = await readInstanceFiles(dir);
    expect(read.sha256).toBe(sha);
    expect(read.header.meta).toEqual({ seed: 11 });
    expect(read.market).toEqual(market);
    const assignment = await readAssignmentFiles(dir, sha);
    expect(assignment.jobOf).toEqual(jobOf);
    expect(assignment.header.placed).toBe(jobOf.filter((j) => j !== -1).length);
    expect(findAllocationViolation(read.market, assignment.jobOf)).toBeUndefined();
  });

  it('rejects a changed array and an assignment for another instance', async () => {
    const market = generateMarket(12, 200, 20, 5);
    const sha = await writeInstanceFiles(dir, market);
    await writeAssignmentFiles(dir, sha, allocateWorkers(market).jobOf);
    await expect(readAssignmentFiles(dir, 'f'.repeat(64))).rejects.toThrow(/another instance/);

    const file = path.join(dir, 'capacity.i32');
    const bytes = await readFile(file);
    bytes[0] ^= 1;
    await writeFile(file, bytes);
    await expect(readInstanceFiles(dir)).rejects.toThrow(/SHA-256/);
  });
});
