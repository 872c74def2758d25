import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorOf } from './actor.ts';
import { recordAudit, verifyAuditChain } from './audit.ts';
import type { Db } from './db.ts';
import { actorOf, STANDARD_ERRORS } from './http.ts';

const AuditEvent = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorAgencyId: z.string().nullable(),
  memberState: z.string().nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export function auditRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit/events',
      {
        config: { scope: 'audit:read' },
        schema: {
          tags: ['audit'],
          summary: "Audit events of the auditor's member state, newest first",
          querystring: z.strictObject({
            recordType: z.string().max(64).optional(),
            recordId: z.string().max(128).optional(),
            action: z.string().max(64).optional(),
            beforeSeq: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: z.object({ items: z.array(AuditEvent) }), ...STANDARD_ERRORS },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const { recordType, recordId, action, beforeSeq, limit } = req.query;
        return db.transaction().execute(async (trx) => {
          let q = trx
            .selectFrom('audit_events')
            .selectAll()
            .where('member_state', '=', actor.memberState)
            .orderBy('seq', 'desc')
            .limit(limit);
          if (recordType) q = q.where('record_type', '=', recordType);
          if (recordId) q = q.where('record_id', '=', recordId);
          if (action) q = q.where('action', '=', action);
          if (beforeSeq) q = q.where('seq', '<', beforeSeq);
          const rows = await q.execute();
          // Reading the trail is itself recorded: who looked at whose history.
          await recordAudit(trx, auditActorOf(actor), {
            action: 'audit.read',
            recordType: 'audit_events',
            details: { recordType: recordType ?? null, recordId: recordId ?? null, rows: rows.length },
          });
          return {
            items: rows.map((r) => ({
              seq: r.seq,
              occurredAt: new Date(r.occurred_at).toISOString(),
              actorUserId: r.actor_user_id,
              actorAgencyId: r.actor_agency_id,
              memberState: r.member_state,
              action: r.action,
              recordType: r.record_type,
              recordId: r.record_id,
              ip: r.ip,
              details: r.details,
              hash: r.hash,
            })),
          };
        });
      },
    );

    app.get(
      '/api/audit/verify',
      {
        config: { scope: 'audit:read' },
        schema: {
          tags: ['audit'],
          response: {
            200: z.object({ ok: z.boolean(), rows: z.number(), brokenSeq: z.number().optional(), reason: z.string().optional() }),
            ...STANDARD_ERRORS,
          },
        },
      },
      async () => verifyAuditChain(db),
    );
  };
}
