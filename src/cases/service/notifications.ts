/**
 * Notifications go through an outbox table written in the same transaction as the change, and a
 * dispatcher hands them to an adapter (email or SMS provider). When the provider is down, the row
 * stays and is retried with backoff; nothing is lost. The default adapter writes to the log,
 * without personal data: ids, channel and template only.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db.ts';

export interface OutboxMessage {
  id: string;
  recipientUserId: string;
  channel: 'email' | 'sms';
  template: string;
  params: Record<string, unknown>;
}

export interface NotificationAdapter {
  name: string;
  send(message: OutboxMessage): Promise<void>;
}

export interface Logger {
  info(obj: object, msg?: string): void;
}

/** The default adapter: one log line per notification, no names, addresses or numbers. */
export function logAdapter(log: Logger): NotificationAdapter {
  return {
    name: 'log',
    async send(m) {
      log.info({ notification: m.id, channel: m.channel, template: m.template }, 'notification (log adapter)');
    },
  };
}

export const MAX_ATTEMPTS = 8;

/** Seconds to wait before attempt n+1: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends what is due, at most `batchSize`. Rows are locked with SKIP LOCKED so two dispatchers never
 * send the same notification twice.
 */
export async function dispatchOutbox(db: Db, adapter: NotificationAdapter, batchSize = 50): Promise<{ sent: number; failed: number; retried: number }> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('notification_outbox')
      .select(['id', 'recipient_user_id', 'channel', 'template', 'params', 'attempts'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', sql<Date>`now()`)
      .orderBy('next_attempt_at')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    const result = { sent: 0, failed: 0, retried: 0 };
    for (const row of due) {
      const attempts = row.attempts + 1;
      try {
        await adapter.send({ id: row.id, recipientUserId: row.recipient_user_id, channel: row.channel, template: row.template, params: row.params });
        await trx.updateTable('notification_outbox').set({ status: 'sent', attempts, sent_at: sql<Date>`now()`, last_error: null }).where('id', '=', row.id).execute();
        result.sent++;
      } catch (err) {
        const giveUp = attempts >= MAX_ATTEMPTS;
        await trx
          .updateTable('notification_outbox')
          .set({
            status: giveUp ? 'failed' : 'pending',
            attempts,
            last_error: (err instanceof Error ? err.message : String(err)).slice(0, 300),
            next_attempt_at: sql<Date>`now() + make_interval(secs => ${backoffSeconds(attempts)})`,
          })
          .where('id', '=', row.id)
          .execute();
        if (giveUp) result.failed++;
        else result.retried++;
      }
    }
    return result;
  });
}

/** Runs the dispatcher every `intervalMs` until stopped; a failing run is logged and retried next time. */
export function startOutboxDispatcher(db: Db, adapter: NotificationAdapter, log: Logger & { error(obj: object, msg?: string): void }, intervalMs = 10_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    running = dispatchOutbox(db, adapter).catch((err: unknown) => log.error({ err: { message: err instanceof Error ? err.message : String(err) } }, 'outbox dispatch failed'));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
