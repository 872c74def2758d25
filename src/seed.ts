/**
 * Reference data every database needs, demo or not: the programme catalogue. Written once
 * into empty tables; after that the database is the truth.
 */
import type { Db } from './platform/db.ts';
import { seedCatalogue } from './pathways/catalogue-store.ts';
import { seedWageFloors } from './labor/wage-floors/seed-wage-floors.ts';

export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await seedCatalogue(trx);
    await seedWageFloors(trx);
  });
}
