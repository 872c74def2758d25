/**
 * The directory of services: what they offer, where, in which languages, when, for whom and how to
 * reach them; searched by place and need. Demo services are fictional programmes attached to the
 * demo agencies (the agencies are real; these particular services, addresses and numbers are not).
 */
import { randomUUID } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import type { Executor, Trx } from '../../platform/db.ts';
import type { ServiceQuery } from '../protection.schemas.ts';

export async function listServices(db: Executor, query: ServiceQuery) {
  let qb = db
    .selectFrom('protection_services as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .select(['s.id', 's.name', 's.kinds', 's.country', 's.subdivision', 's.city', 's.address', 's.languages', 's.hours', 's.serves', 's.phone', 's.email', 'a.name as agency_name', 's.agency_id'])
    .where('s.active', '=', true);
  if (query.country) qb = qb.where('s.country', '=', query.country);
  if (query.kind) qb = qb.where(sql<SqlBool>`${query.kind} = ANY(s.kinds)`);
  if (query.serves) qb = qb.where(sql<SqlBool>`${query.serves} = ANY(s.serves)`);
  if (query.language) qb = qb.where(sql<SqlBool>`${query.language} = ANY(s.languages)`);
  // Services in the subdivision asked for come first, then the rest of the country.
  const near = query.subdivision ?? '';
  const rows = await qb
    .orderBy(sql`CASE WHEN s.subdivision = ${near} THEN 0 ELSE 1 END`)
    .orderBy('s.name')
    .limit(query.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    agency: r.agency_name,
    agencyId: r.agency_id,
    kinds: r.kinds,
    country: r.country,
    subdivision: r.subdivision,
    city: r.city,
    address: r.address,
    languages: r.languages,
    hours: r.hours,
    serves: r.serves,
    phone: r.phone,
    email: r.email,
  }));
}

interface ServiceSeed {
  agency: string;
  name: string;
  kinds: string[];
  subdivision: string;
  city: string;
  address: string;
  languages: string[];
  hours: string;
  serves: string[];
  phone: string;
  email: string;
}

const s = (agency: string, name: string, kinds: string[], place: [string, string, string], languages: string[], hours: string, serves: string[], phone: string, email: string): ServiceSeed => ({
  agency, name, kinds, subdivision: place[0], city: place[1], address: place[2], languages, hours, serves, phone, email,
});

export const DEMO_SERVICES: ServiceSeed[] = [
  s('Sin Fronteras IAP', 'Atención a víctimas de trata — Sin Fronteras', ['anti_trafficking', 'legal_aid', 'mhpss'], ['MX-CMX', 'Ciudad de México', 'Calle Puebla 153, Roma Norte'], ['es', 'en', 'fr', 'ht'], 'Mon–Fri 09:00–18:00; hotline 24 h', ['survivors_of_trafficking', 'women', 'men', 'lgbtiq'], '+52 55 5514 1519', 'trata@sinfronteras.example.org'),
  s('Sin Fronteras IAP', 'Asesoría legal migratoria — Sin Fronteras', ['legal_aid'], ['MX-CMX', 'Ciudad de México', 'Calle Puebla 153, Roma Norte'], ['es', 'en'], 'Mon–Fri 09:00–17:00', ['families', 'women', 'men', 'workers'], '+52 55 5514 1520', 'legal@sinfronteras.example.org'),
  s('ACNUR México', 'Espacio de apoyo ACNUR Tapachula', ['legal_aid', 'child_protection', 'mhpss'], ['MX-CHP', 'Tapachula', '4a Avenida Norte 42, Centro'], ['es', 'en', 'fr', 'ht'], 'Mon–Sat 08:00–16:00', ['families', 'children', 'women', 'survivors_of_sgbv', 'lgbtiq'], '+52 962 555 0110', 'tapachula@acnur.example.org'),
  s('OIM México', 'Albergue temporal y protección OIM', ['shelter', 'anti_trafficking', 'medical'], ['MX-CHP', 'Tapachula', 'Carretera Costera km 2'], ['es', 'en', 'ht', 'pt'], 'Open 24 h', ['survivors_of_trafficking', 'women', 'children', 'families'], '+52 962 555 0120', 'proteccion.tapachula@oim.example.org'),
  s('OIM México', 'Medios de vida y empleo OIM', ['livelihoods'], ['MX-CMX', 'Ciudad de México', 'Av. Reforma 222'], ['es', 'en'], 'Mon–Fri 09:00–17:00', ['workers', 'families'], '+52 55 5555 0130', 'empleo@oim.example.org'),
  s('Casa del Migrante Guatemala', 'Casa del Migrante — albergue', ['shelter', 'medical', 'mhpss'], ['GT-SM', 'Tecún Umán', '2a Calle 4-10, zona 1'], ['es', 'en', 'ht'], 'Open 24 h', ['men', 'women', 'families', 'children'], '+502 7776 0100', 'albergue@casadelmigrante.example.org'),
  s('Pastoral de Movilidad Humana Honduras', 'Centro de atención al migrante retornado', ['mhpss', 'livelihoods', 'child_protection'], ['HN-CR', 'San Pedro Sula', 'Barrio Guamilito'], ['es'], 'Mon–Fri 08:00–16:00', ['families', 'children', 'workers'], '+504 2550 0140', 'retorno@pmh.example.org'),
  s('Church World Service', 'CWS anti-trafficking case management', ['anti_trafficking', 'legal_aid', 'mhpss'], ['US-NC', 'Durham', '112 S Duke St'], ['en', 'es', 'fr', 'ht'], 'Mon–Fri 08:30–17:00', ['survivors_of_trafficking', 'workers', 'women', 'men'], '+1 919 555 0150', 'antitrafficking@cws.example.org'),
  s('Canadian Council for Refugees', 'Migrant worker support line', ['legal_aid', 'anti_trafficking'], ['CA-QC', 'Montréal', '6839 Drolet'], ['fr', 'en', 'es'], 'Mon–Fri 09:00–17:00', ['workers', 'survivors_of_trafficking'], '+1 514 555 0160', 'workers@ccr.example.org'),
  s('HIAS Costa Rica', 'HIAS salud mental y apoyo psicosocial', ['mhpss', 'medical', 'legal_aid'], ['CR-SJ', 'San José', 'Barrio Escalante'], ['es', 'en'], 'Mon–Fri 08:00–17:00', ['survivors_of_sgbv', 'lgbtiq', 'women', 'families'], '+506 2555 0170', 'sanjose@hias.example.org'),
  s('Servicio Jesuita a Refugiados Colombia', 'JRS Cúcuta — protección infantil', ['child_protection', 'shelter', 'livelihoods'], ['CO-NSA', 'Cúcuta', 'Av. 0 # 11-35'], ['es'], 'Mon–Sat 08:00–17:00', ['children', 'families', 'women'], '+57 607 555 0180', 'cucuta@jrs.example.org'),
];

/** Loads the demo services (called from the platform's demo loader, in its transaction). */
export async function seedDemoServices(trx: Trx): Promise<number> {
  const agencies = await trx.selectFrom('agencies').select(['id', 'name', 'member_state']).execute();
  const byName = new Map(agencies.map((a) => [a.name, a]));
  let n = 0;
  for (const d of DEMO_SERVICES) {
    const agency = byName.get(d.agency);
    if (!agency) continue;
    await trx
      .insertInto('protection_services')
      .values({
        id: randomUUID(),
        member_state: agency.member_state,
        agency_id: agency.id,
        name: d.name,
        kinds: d.kinds,
        country: d.subdivision.slice(0, 2),
        subdivision: d.subdivision,
        city: d.city,
        address: d.address,
        languages: d.languages,
        hours: d.hours,
        serves: d.serves,
        phone: d.phone,
        email: d.email,
      })
      .execute();
    n++;
  }
  return n;
}
