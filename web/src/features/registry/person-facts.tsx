import { useTranslation } from 'react-i18next';
import { HT_MONTHS } from '../../i18n/haitian-creole.ts';
import { useFormat } from '../../i18n/format.ts';
import type { Person } from './registry-api.ts';
import { STATUSES } from './statuses.ts';
import { DOCUMENT_TYPES, RELATIONSHIPS } from './member-fields.tsx';

const RELATIONSHIP_NAMES = [...RELATIONSHIPS, 'other'] as const;

/** A person's names as they write them: given names, then one or two family names. */
export function fullName(person: Pick<Person, 'givenNames' | 'familyName1' | 'familyName2'>): string {
  return [person.givenNames, person.familyName1, person.familyName2].filter(Boolean).join(' ');
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in the reader's language, saying no more than is known. */
export function usePartialDate(): (value: string) => string {
  const { locale, calendarDate } = useFormat();
  return (value) => {
    const [year, month] = value.split('-');
    if (value.length === 10) return calendarDate(value);
    if (!month) return year;
    const monthIndex = Number(month) - 1;
    if (locale === 'ht') return `${HT_MONTHS[monthIndex]} ${year}`;
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(year), monthIndex, 1)),
    );
  };
}

function isKnown<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

/** What the registry holds about a person, documents included. */
export function PersonFacts({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partialDate = usePartialDate();
  const notGiven = t('registry.household.notGiven');
  const country = (code: string) => format.regionName(code, code);
  return (
    <>
      <dl className="facts">
        {person.relationshipToPrincipal !== 'self' && isKnown(RELATIONSHIP_NAMES, person.relationshipToPrincipal) && (
          <div>
            <dt>{t('registry.form.relationshipInPerson')}</dt>
            <dd>{t(`registry.relationships.${person.relationshipToPrincipal}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('registry.household.born')}</dt>
          <dd>{person.birthDate ? partialDate(person.birthDate) : notGiven}</dd>
        </div>
        <div>
          <dt>{t('registry.household.nationalities')}</dt>
          <dd>{person.nationalities.length > 0 ? person.nationalities.map(country).join(', ') : notGiven}</dd>
        </div>
        {person.phone && (
          <div>
            <dt>{t('registry.household.phone')}</dt>
            <dd className="break">{person.phone}</dd>
          </div>
        )}
        {person.email && (
          <div>
            <dt>{t('registry.household.email')}</dt>
            <dd className="break">{person.email}</dd>
          </div>
        )}
        <div>
          <dt>{t('registry.household.place')}</dt>
          <dd>{person.currentCountry ? country(person.currentCountry) : notGiven}</dd>
        </div>
        <div>
          <dt>{t('registry.household.status')}</dt>
          <dd>{isKnown(STATUSES, person.status) ? t(`registry.statuses.${person.status}`) : notGiven}</dd>
        </div>
        {person.arrivalDate && (
          <div>
            <dt>{t('registry.household.arrived')}</dt>
            <dd>{partialDate(person.arrivalDate)}</dd>
          </div>
        )}
      </dl>
      <h4>{t('registry.household.documentsTitle')}</h4>
      {person.documents.length === 0 ? (
        <p>{t('registry.household.noDocuments')}</p>
      ) : (
        <ul>
          {person.documents.map((document) => (
            <li key={document.id}>
              {isKnown(DOCUMENT_TYPES, document.type) ? t(`registry.documentTypes.${document.type}`) : document.type}{' '}
              <code>{document.number}</code> ({country(document.issuingCountry)})
              {document.expiryDate && `, ${t('registry.household.expires', { date: format.calendarDate(document.expiryDate) })}`}
              {document.mrzChecked && ` – ${t('registry.household.mrzChecked')}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
