/**
 * Configuration, read once from the environment at start. A bad value stops the start
 * with a message that names the variable.
 */
import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .or(z.literal(''))
    .optional(),
  PUENTE_DEMO: z.enum(['0', '1', '']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Where to put uploaded documents; defaults to DATA_DIR/files. */
  FILES_DIR: z.string().optional(),
  /** Base64 of a 32-byte key for confidential data; otherwise a key file in DATA_DIR is used. */
  PUENTE_DATA_KEY: z.string().optional(),
  /** Writes per minute per address on the public API (sign-in, self-registration); 0 turns the limit off. */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(30),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  databaseUrl: string | undefined;
  /** Load demo data: true when asked, undefined to decide by database kind. */
  demo: boolean | undefined;
  logLevel: string;
  sessionTtlHours: number;
  dataKey: string | undefined;
  /** Public writes per minute per address; 0 for no limit. */
  publicRateLimit: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const demoFlag = argv.includes('--demo') || e.PUENTE_DEMO === '1' ? true : argv.includes('--no-demo') || e.PUENTE_DEMO === '0' ? false : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    filesDir: path.resolve(e.FILES_DIR ?? path.join(dataDir, 'files')),
    databaseUrl: e.DATABASE_URL || undefined,
    demo: demoFlag,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    dataKey: e.PUENTE_DATA_KEY,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
  };
}
