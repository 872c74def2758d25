import type { ResidenceStatus } from '../../../../src/pathways/engine/household-facts.ts';

/** Statuses in the country where a person is now, in the order the pickers offer them. */
export const STATUSES = [
  'asylum_seeker',
  'refugee',
  'complementary_protection',
  'regularization_pending',
  'regular',
  'irregular',
  'asylee',
  'permanent_resident',
  'citizen',
] as const satisfies readonly ResidenceStatus[];
