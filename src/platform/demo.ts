/**
 * Loads the demo data once into an empty database. Each domain that has demo data adds a
 * step here; every step runs in the same transaction and is audited as the system.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from './audit.ts';
import { hashPassword } from './auth.ts';
import type { Db } from './db.ts';
import { DEMO_MEMBER_STATES, DEMO_PASSWORD, DEMO_USERS } from '../pact/pact.demo.ts';
import { seedDemoServices } from '../protection/service/services-directory.ts';

const SYSTEM = { userId: null, agencyId: null, memberState: null, ip: null };

export async function hasDemoData(db: Db): Promise<boolean> {
  const row = await db.selectFrom('member_states').select('code').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function loadDemoData(db: Db): Promise<{ users: typeof DEMO_USERS; password: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const agencyIds = new Map<string, string>();
    const officeIds = new Map<string, string>();
    for (const state of DEMO_MEMBER_STATES) {
      await trx
        .insertInto('member_states')
        .values({ code: state.code, name: state.name, joined_on: state.joinedOn, roles: state.roles })
        .execute();
      for (const a of state.agencies) {
        const id = randomUUID();
        agencyIds.set(a.name, id);
        await trx.insertInto('agencies').values({ id, member_state: state.code, name: a.name, kind: a.kind }).execute();
        for (const o of a.offices) {
          const officeId = randomUUID();
          officeIds.set(o.name, officeId);
          await trx
            .insertInto('offices')
            .values({ id: officeId, agency_id: id, member_state: state.code, name: o.name, city: o.city, jurisdictions: o.jurisdictions })
            .execute();
        }
      }
    }
    for (const u of DEMO_USERS) {
      await trx
        .insertInto('users')
        .values({
          id: randomUUID(),
          email: u.email,
          display_name: u.displayName,
          password_hash: passwordHash,
          member_state: u.memberState,
          agency_id: u.agency ? (agencyIds.get(u.agency) ?? null) : null,
          office_id: u.office ? (officeIds.get(u.office) ?? null) : null,
          roles: [u.role],
          locale: u.locale,
        })
        .execute();
    }
    await seedDemoServices(trx);
    await recordAudit(trx, SYSTEM, {
      action: 'demo.load',
      recordType: 'database',
      details: { memberStates: DEMO_MEMBER_STATES.length, users: DEMO_USERS.length },
    });
  });
  return { users: DEMO_USERS, password: DEMO_PASSWORD };
}
