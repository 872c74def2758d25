/**
 * `npm run rescreen -- --programme CODE` re-screens everyone with a current result for that
 * programme under the rule version in force today, recording what changed for whom;
 * `npm run rescreen -- --all` re-screens every household against every open programme;
 * `npm run rescreen -- --watch JOB_ID` follows a job started elsewhere (for example by the
 * web app, on a PostgreSQL server). Progress is printed as it goes.
 */
import { parseOptions } from '../../bench/harness.ts';
import { loadConfig } from '../config.ts';
import { loadKeyring } from '../platform/crypto.ts';
import { rescreenAll, rescreenProgramme, RESCREEN_JOB } from '../pathways/rescreen.ts';
import { openDb, type Db } from '../platform/db.ts';
import { createJob, getJobUnsafe, runJob, type JobView } from '../platform/jobs.ts';

function bar(done: number, total: number): string {
  const width = 30;
  const share = total > 0 ? done / total : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${(share * 100).toFixed(0)}%)`;
}

function show(job: JobView): void {
  process.stdout.write(`\r${job.kind} ${job.status.padEnd(9)} ${bar(job.progressDone, job.progressTotal)}`);
}

async function watch(db: Db, id: string): Promise<JobView> {
  for (;;) {
    const job = await getJobUnsafe(db, id);
    show(job);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const db = database.db;
  const ring = loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir });
  try {
    let job: JobView;
    if (typeof options.watch === 'string') {
      job = await watch(db, options.watch);
    } else if (typeof options.programme === 'string' || options.all === true) {
      const programmeCode = typeof options.programme === 'string' ? options.programme : null;
      const id = await db.transaction().execute((trx) =>
        createJob(trx, { kind: programmeCode ? RESCREEN_JOB : 'pathways.rescreen_all', memberState: null, params: { programmeCode, by: 'command line' }, startedBy: null }),
      );
      job = await runJob(db, id, async (ctx) => {
        const progress = async (done: number, total: number) => {
          await ctx.progress(done, total);
          process.stdout.write(`\r${programmeCode ?? 'all programmes'} ${bar(done, total)}`);
        };
        const tracked = { ...ctx, progress };
        return programmeCode ? rescreenProgramme(db, ring, tracked, programmeCode) : rescreenAll(db, ring, tracked);
      });
    } else {
      process.stderr.write('Usage: npm run rescreen -- --programme CODE | --all | --watch JOB_ID\n');
      return 1;
    }
    process.stdout.write(`\n${job.status}: ${JSON.stringify(job.result ?? job.error)}\n`);
    return job.status === 'succeeded' ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`rescreen failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
