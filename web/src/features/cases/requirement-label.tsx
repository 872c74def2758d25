import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../../src/cases/cases.schemas.ts';

/** A stage requirement in the reader's language. */
export function RequirementLabel({ requirement, facts }: { requirement: Requirement; facts: { key: string; label: string }[] }) {
  const { t } = useTranslation();
  switch (requirement.kind) {
    case 'fact':
      return <>{t('cases.requirements.fact', { name: facts.find((f) => f.key === requirement.key)?.label ?? requirement.key })}</>;
    case 'document':
      return <>{t('cases.requirements.document', { name: t(`cases.documentTypes.${requirement.documentType}`) })}</>;
    default:
      return <>{t(`cases.requirements.${requirement.kind}`)}</>;
  }
}
