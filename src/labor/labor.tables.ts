/** Kysely table types of the labor domain; added to the Database interface in platform/schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LaborTables {}
