/**
 * The sources the catalogue cites, from reference/pathways.md. `needsVerification` marks what the
 * brief labels [BK-verify] or does not cover: check it against the primary text before relying on it.
 */
import type { RuleSource } from '../engine/rules.schemas.ts';

function source(citation: string, url: string, needsVerification?: boolean): RuleSource {
  return needsVerification ? { citation, url, needsVerification } : { citation, url };
}

export const SOURCES = {
  h2Countries: source(
    '8 CFR 214.2(h)(5)(i)(F) and (h)(6)(i)(E): nationals of countries on the annual DHS list of H-2A/H-2B eligible countries',
    'https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2',
    true,
  ),
  h2aProgramme: source('20 CFR 655 Subpart B (H-2A); DOL OFLC H-2A programme page', 'https://www.dol.gov/agencies/eta/foreign-labor/programs/h-2a'),
  h2aQualifications: source(
    '20 CFR 655.122(b): bona fide qualifications normal for non-H-2A employers in the same crop',
    'https://www.ecfr.gov/current/title-20/chapter-V/part-655/subpart-B',
    true,
  ),
  h2bProgramme: source('20 CFR 655 Subpart A (H-2B); DOL OFLC H-2B programme page', 'https://www.dol.gov/agencies/eta/foreign-labor/programs/h-2b'),
  h2bCap: source(
    'INA 214(g)(1)(B) and (g)(10): 66,000 a year, 33,000 per half of the fiscal year',
    'https://www.uscis.gov/working-in-the-united-states/temporary-workers/h-2b-non-agricultural-workers',
  ),
  h2bSupplemental: source(
    'FY2024 supplemental H-2B temporary rule: 20,000 visas reserved for nationals of GT, SV, HN, HT, CO, EC, CR (pathways.md §2.7)',
    'https://www.dol.gov/agencies/eta/foreign-labor/programs/h-2b',
  ),
  sawpProgramme: source(
    'ESDC Seasonal Agricultural Worker Program; SAWP Mexico contract 2025 (pathways.md §3.3)',
    'https://www.canada.ca/en/employment-social-development/services/foreign-workers/agricultural/seasonal-agricultural.html',
  ),
  sawpWorkerMexico: source(
    'STPS/SNE PTAT worker requirements: age 18+, farm worker, literate, rural, proven experience (pathways.md §3.3)',
    'https://seecat.qroo.gob.mx/ptat',
  ),
  tfwpAgStream: source(
    'ESDC TFWP Agricultural Stream requirements (pathways.md §3.4)',
    'https://www.canada.ca/en/employment-social-development/services/foreign-workers/agricultural/agricultural.html',
  ),
  tvtfLaw: source(
    'Ley de Migración, art. 52 fr. IV: visitante trabajador fronterizo, nationals of bordering countries, job offer in the states the Secretaría names',
    'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
    true,
  ),
  tvtfExtension: source(
    'INM: Tarjeta de Visitante Trabajador Fronterizo for nationals of GT and BZ, extended to SV and HN; work in Campeche, Chiapas, Quintana Roo, Tabasco',
    'https://www.gob.mx/inm',
    true,
  ),
  irprSponsor: source(
    'IRPR s. 130 and 133 (sponsor: 18+, citizen or permanent resident, not barred); pathways.md §4.2',
    'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
  ),
  irprFamilyClass: source(
    'IRPR s. 117 (family class) and s. 2 (dependent child under 22, no spouse or partner); pathways.md §4.2',
    'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
  ),
  canadaHumanitarianFamily: source(
    'IRCC public policy for Colombian, Haitian and Venezuelan extended family (17 Nov 2023, 11,000 places); pathways.md §1.7',
    'https://movilidadsegura.org/en/pathways-complementary-canada/',
  ),
  unhcrPreconditions: source(
    'UNHCR Resettlement Handbook (2023), preconditions: refugee status and resettlement as the most appropriate solution; pathways.md §5.1',
    'https://www.unhcr.org/resettlement-handbook/',
  ),
  usrapEligibility: source(
    'INA 101(a)(42) and 207: outside the US, refugee, of special humanitarian concern; P-1 referral; pathways.md §5.2',
    'https://www.state.gov/refugee-admissions/application-and-case-processing',
  ),
  usrapP3: source(
    'USRAP P-3 Affidavit of Relationship: anchor refugee or asylee 18+, admitted within 5 years; QFM outside origin and registered, except SV/GT/HN in-country; pathways.md §4.3',
    'https://app.jordan.iom.int',
  ),
  usrapP3Relationships: source(
    'P-3 qualifying family members: spouse, unmarried children under 21, parents of the anchor',
    'https://www.state.gov/refugee-admissions/application-and-case-processing',
    true,
  ),
  canadaGar: source(
    'IRPR s. 139, 144-145 (Convention refugees abroad) and 140.3 (referral by UNHCR); pathways.md §5.3',
    'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
  ),
  comarLaw: source(
    'Ley sobre Refugiados, Protección Complementaria y Asilo Político, art. 13 (refugee definition) and art. 18 (claim within 30 working days of entry)',
    'https://www.diputados.gob.mx/LeyesBiblio/pdf/LRPCAP.pdf',
    true,
  ),
  tVisa: source(
    '8 CFR 214.202 (2024 rule); USCIS Policy Manual vol. 3 part B ch. 2; pathways.md §6.4',
    'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2',
  ),
  tVisaCap: source('INA 214(o)(2): 5,000 T-1 principals a year', 'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2', true),
  smoEligibility: source(
    'Safe Mobility eligibility by host country (VOA via thelatestnews.world; usahello.org; quenoticias.com); pathways.md §1.3',
    'https://movilidadsegura.org/en/',
  ),
  smoClosure: source(
    'movilidadsegura.org: "the Safe Mobility Initiative is no longer active. New applications will not be accepted."',
    'https://movilidadsegura.org/en/',
  ),
  frpEligibility: source('USCIS Family Reunification Parole processes (pathways.md §4.1)', 'https://www.uscis.gov/FRP'),
  frpTermination: source(
    'Federal Register 2025-22744: FRP terminated 15 Dec 2025; parole ends 14 Jan 2026',
    'https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22744.htm',
  ),
} as const satisfies Record<string, RuleSource>;
