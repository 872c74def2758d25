/**
 * Canada family class sponsorship (pathways.md §4.2): a Canadian citizen or permanent resident 18
 * or over, not barred, sponsors a spouse or partner, a dependent child, or a parent or grandparent.
 * `relative.relationship` says what the sponsor is to the applicant: a sponsor who is the
 * applicant's parent sponsors a dependent child.
 */
import { SOURCES } from '../sources.ts';
import {
  ageAtMost,
  all,
  any,
  isFalse,
  principal,
  relativeAgeAtLeast,
  relativeCountryIn,
  relativeRelationshipIn,
  relativeStatusIn,
  someRelative,
  unmarried,
} from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

export const CA_FAMILY_CLASS: Programme = {
  code: 'ca_family_class',
  name: {
    en: 'Canada: family class sponsorship',
    es: 'Canadá: patrocinio familiar',
    fr: 'Canada : parrainage de la catégorie du regroupement familial',
    ht: 'Kanada: parennaj fanmi',
    pt: 'Canadá: patrocínio familiar',
  },
  hostState: 'CA',
  kind: 'family',
  status: 'open',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2025-01-01',
      effectiveFrom: '2025-01-01',
      changeNote: 'Seeded from pathways.md §4.2 (IRPR s. 2, 117, 130, 133).',
      rule: principal(
        'fc.principal',
        someRelative(
          'fc.sponsor',
          all('fc.sponsor.all', [
            relativeCountryIn('fc.sponsor.country', ['CA'], SOURCES.irprSponsor),
            relativeStatusIn('fc.sponsor.status', ['citizen', 'permanent_resident'], SOURCES.irprSponsor),
            relativeAgeAtLeast('fc.sponsor.age', 18, SOURCES.irprSponsor),
            isFalse('fc.sponsor.not_barred', 'relative.sponsorshipBarred', 'crit.relative_not_barred', SOURCES.irprSponsor),
            any(
              'fc.sponsorable',
              [
                relativeRelationshipIn('fc.spouse', ['spouse', 'partner'], SOURCES.irprFamilyClass),
                all(
                  'fc.dependent_child',
                  [
                    relativeRelationshipIn('fc.dependent_child.parent', ['parent'], SOURCES.irprFamilyClass),
                    // IRPR s. 2: a dependent child is under 22 with no spouse or common-law partner.
                    ageAtMost('fc.dependent_child.age', 21, SOURCES.irprFamilyClass),
                    unmarried('fc.dependent_child.unmarried', SOURCES.irprFamilyClass),
                  ],
                  'group.dependent_child',
                ),
                // Parents and grandparents come in by invitation after an interest-to-sponsor lottery.
                relativeRelationshipIn('fc.parent_grandparent', ['child', 'stepchild', 'adopted_child', 'grandchild'], SOURCES.irprFamilyClass),
              ],
              'group.sponsorable_relationship',
            ),
          ]),
          'group.canadian_sponsor',
        ),
      ),
    },
  ],
  nextSteps: {
    en: 'Your relative in Canada applies to sponsor you and signs an undertaking to support you (3 years for a spouse; for a child until 25 or 10 years; 20 years for parents, who need an invitation first). You apply for permanent residence at the same time.',
    es: 'Su familiar en Canadá solicita patrocinarle y firma un compromiso de apoyo (3 años para un cónyuge; para un hijo hasta los 25 años o 10 años; 20 años para padres, que primero necesitan una invitación). Usted solicita la residencia permanente al mismo tiempo.',
    fr: 'Votre proche au Canada demande à vous parrainer et signe un engagement de soutien (3 ans pour un époux ; pour un enfant jusqu\'à 25 ans ou 10 ans ; 20 ans pour les parents, qui doivent d\'abord être invités). Vous demandez la résidence permanente en même temps.',
    ht: 'Fanmi w nan Kanada a fè demann pou parenne w epi li siyen yon angajman pou ede w (3 an pou yon mari oswa madanm; pou yon pitit jiska 25 an oswa 10 an; 20 an pou paran, ki bezwen yon envitasyon anvan). Ou mande rezidans pèmanan an menm lè a.',
    pt: 'O seu familiar no Canadá pede para patrociná-lo e assina um compromisso de apoio (3 anos para cônjuge; para um filho até os 25 anos ou 10 anos; 20 anos para pais, que primeiro precisam de um convite). Você pede a residência permanente ao mesmo tempo.',
  },
  sources: [SOURCES.irprSponsor, SOURCES.irprFamilyClass],
};
