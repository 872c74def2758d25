/**
 * What the labour scenarios share: filling catalogue texts, inserting users with the demo password,
 * an API session from Node, and the programme administrator who acts as labour officer (IRCC, French).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/pact/pact.demo.ts';
import { hashPassword } from '../../src/platform/auth.ts';
import type { Db } from '../../src/platform/db.ts';

export const OFFICER = 'programme-admin@demo.puente.test';

/** A catalogue text with its {{placeholders}} filled, as the page shows it. */
export const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, k: string) => String(values[k]));

/** A user of the given role, in a demo office (or a member state), with the demo password. */
export async function insertUser(db: Db, role: string, options: { office?: string; memberState?: string; locale: string; name: string }): Promise<{ id: string; email: string }> {
  const office = options.office ? await db.selectFrom('offices').select(['id', 'agency_id', 'member_state']).where('name', '=', options.office).executeTakeFirstOrThrow() : undefined;
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@e2e.puente.test`;
  await db
    .insertInto('users')
    .values({ id, email, display_name: options.name, password_hash: await hashPassword(DEMO_PASSWORD), member_state: office?.member_state ?? options.memberState ?? 'MX', agency_id: office?.agency_id ?? null, office_id: office?.id ?? null, roles: [role], locale: options.locale })
    .execute();
  return { id, email };
}

/** A signed-in API session from Node, for what the scenario does not show through the pages. */
export async function apiSession(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const text = await r.text();
    assert.ok(r.status < 300, `${method} ${path}: HTTP ${r.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as Record<string, unknown> & { id: string; items: Record<string, unknown>[] };
  };
}

/** Waits for the notice a page shows after an action (an aria-live region re-renders it). */
export async function notice(page: Page, text: string): Promise<void> {
  await page.locator('.alert-info').filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
}
