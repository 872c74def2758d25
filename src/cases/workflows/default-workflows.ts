/**
 * The workflow each programme starts with. A programme's first workflow version is created from
 * these when its first case opens; programme administrators change it through the API afterwards.
 */
import { WorkflowDefinition, type Pathway } from '../cases.schemas.ts';
import { ASYLUM } from './asylum.ts';
import { FAMILY_REUNIFICATION } from './family-reunification.ts';
import { RESETTLEMENT } from './resettlement.ts';
import { SEASONAL_WORK } from './seasonal-work.ts';

export const DEFAULT_WORKFLOWS: Record<Pathway, WorkflowDefinition> = {
  resettlement: WorkflowDefinition.parse(RESETTLEMENT),
  family_reunification: WorkflowDefinition.parse(FAMILY_REUNIFICATION),
  seasonal_work: WorkflowDefinition.parse(SEASONAL_WORK),
  asylum: WorkflowDefinition.parse(ASYLUM),
};

const PATHWAY_OF_PROGRAMME: Record<string, Pathway> = {
  us_usrap_unhcr_referral: 'resettlement',
  ca_gar: 'resettlement',
  safe_mobility: 'resettlement',
  us_usrap_p3: 'family_reunification',
  us_frp: 'family_reunification',
  ca_family_class: 'family_reunification',
  ca_humanitarian_family_co_ht_ve: 'family_reunification',
  us_h2a: 'seasonal_work',
  us_h2b: 'seasonal_work',
  ca_sawp: 'seasonal_work',
  ca_tfwp_agricultural: 'seasonal_work',
  mx_tvtf: 'seasonal_work',
  mx_comar_asylum: 'asylum',
  us_t_visa: 'asylum',
};

/** The pathway of a programme: by its code, else by its kind. */
export function pathwayOf(programmeCode: string, kind: string): Pathway {
  return PATHWAY_OF_PROGRAMME[programmeCode] ?? (kind === 'work' ? 'seasonal_work' : kind === 'family' ? 'family_reunification' : 'resettlement');
}
