/**
 * The phonetic keys behind case search by name are computed in SQL (so that an index holds them
 * and the registry's writes keep them current); they must agree with the linkage engine's
 * phoneticKey, whose rules they copy.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { phoneticKey } from '../linkage/engine/phonetic.ts';
import { nameSearchText } from '../registry/names.ts';
import { nameQueryKeys, nameSimilarity, normaliseName } from './service/read-case.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

const NAMES = [
  'Ximena Jiménez Chávez', 'Guillermo Guadalupe Huerta', 'Jean-Baptiste Thermidor', 'Gonçalves Magalhães Nunes',
  'Joseph Ghislaine Beauchamp', 'Xavier Quiroga Vásquez', 'Wilson Yolanda Llanos', 'Stevenson Schneider Philippe',
  'Roseline Saint-Louis Toussaint', 'Agnès Gueye Guerrero', 'Cecilia Ignacio Zúñiga', 'Hugo Huanca Rojas',
];

describe('case name keys', () => {
  it('give the linkage engine’s phonetic key for every word', async () => {
    for (const name of NAMES) {
      const folded = nameSearchText({ givenNames: name });
      const row = (await sql<{ k: string }>`SELECT case_name_phonetic(${folded}) AS k`.execute(t.db)).rows[0];
      expect(row.k.split(' ').filter(Boolean), name).toEqual(folded.split(' ').map((w) => phoneticKey(w)).filter(Boolean));
    }
  });

  it('hold each word and each pair of words, without particles, per member state', async () => {
    const row = (await sql<{ k: string[]; q: string[]; one: string[] }>`
      SELECT case_name_keys('MX', 'maria de los angeles hernandez') AS k,
             case_name_query_keys('MX', 'maria hernandes') AS q,
             case_name_query_keys('MX', 'jozeph') AS one`.execute(t.db)).rows[0];
    expect([...row.k].sort()).toEqual(['MX:anjeles', 'MX:anjeles|ernandes', 'MX:anjeles|maria', 'MX:ernandes', 'MX:ernandes|maria', 'MX:maria'].sort());
    expect(row.q).toEqual(['MX:ernandes|maria']);
    expect(row.one).toEqual(['MX:josef']);
  });

  it('are the same whether the service or the database computes a query’s keys', async () => {
    for (const query of ['maria de los angeles hernandes', 'jozeph', 'jean baptist pierre', 'ximena guadalupe da silva', 'x y', 'hugo huerta huerta']) {
      const row = (await sql<{ q: string[] }>`SELECT case_name_query_keys('HT', ${query}) AS q`.execute(t.db)).rows[0];
      expect([...row.q].sort(), query).toEqual(nameQueryKeys('HT', query).sort());
    }
  });

  it('rank a near spelling above a partial match', () => {
    const query = normaliseName('Jean Baptist  Pierre');
    expect(query).toBe('jean baptist pierre');
    expect(nameSimilarity(query, 'jean baptiste pierre')).toBeGreaterThan(0.9);
    expect(nameSimilarity(query, 'jean baptiste pierre')).toBeGreaterThan(nameSimilarity(query, 'jean pierre louis'));
    expect(nameSimilarity('garcia maria', 'maria garcia')).toBe(1);
  });
});
