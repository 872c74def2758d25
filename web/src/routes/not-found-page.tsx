import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.tsx';
import { Page } from '../components/page.tsx';

/** Also shown for pages the user's roles do not open, so it does not reveal that they exist. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
