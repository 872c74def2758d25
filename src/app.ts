/**
 * Builds the application: platform plugins first, then one plugin per domain.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from './config.ts';
import { auditRoutes } from './platform/audit.routes.ts';
import { authRoutes } from './platform/auth.routes.ts';
import type { DbHandle } from './platform/db.ts';
import { errorBody, registerAuthHooks, registerErrorHandler } from './platform/http.ts';
import { createRateLimiter } from './platform/rate-limit.ts';
import { pactRoutes } from './pact/pact.routes.ts';
import { registryRoutes } from './registry/registry.routes.ts';
import { pathwaysRoutes } from './pathways/pathways.routes.ts';
import { casesRoutes } from './cases/cases.routes.ts';
import { laborRoutes } from './labor/labor.routes.ts';
import { protectionRoutes } from './protection/protection.routes.ts';
import { linkageRoutes } from './linkage/linkage.routes.ts';
import { loadKeyring, type Keyring } from './platform/crypto.ts';
import { sealOpenConfidentialFacts } from './registry/confidential-situation.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export interface BuildAppOptions {
  config: Config;
  database: DbHandle;
  /** The keyring for confidential data; by default the configured key or the data directory's key file. */
  keyring?: Keyring;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
}

/** Personal data never reaches the log: no bodies, no query strings, no credentials. */
export function loggerOptions(level: string) {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.password', '*.email', '*.phone'],
      censor: '[redacted]',
    },
    serializers: {
      req(req: { method: string; url: string; id: string }) {
        return { id: req.id, method: req.method, url: req.url.split('?')[0] };
      },
    },
  };
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const db = database.db;
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    // Answer 503 to new requests while the ones in flight finish on shutdown.
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Puente API', version: '0.1.0', description: 'Legal pathways and protection programmes of the regional pact on migration.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'puente_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  registerAuthHooks(app, db, createRateLimiter(config.publicRateLimit));

  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok'), db: z.string() }), 503: z.unknown() } },
    },
    async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(db);
        return { status: 'ok' as const, db: database.kind };
      } catch {
        return reply.code(503).send(errorBody('UNAVAILABLE', 'The database does not answer.'));
      }
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const keyring = options.keyring ?? loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir });
  // Confidential facts written before they were sealed (or by a bulk load) are sealed now.
  await sealOpenConfidentialFacts(db, keyring);

  await app.register(authRoutes(db, config));
  await app.register(auditRoutes(db));
  await app.register(pactRoutes(db));
  await app.register(registryRoutes(db, config, keyring));
  await app.register(pathwaysRoutes(db, keyring));
  await app.register(casesRoutes(db, config));
  await app.register(laborRoutes(db));
  await app.register(protectionRoutes(db, keyring));
  await app.register(linkageRoutes(db));

  const hasWeb = existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    // The web app routes in the browser: any other GET outside the API gets index.html.
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/health')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('NOT_FOUND', 'Not found.'));
  });
  return app;
}
