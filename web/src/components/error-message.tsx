import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

type ErrorMessageProps = {
  error: unknown;
  id?: string;
};

/**
 * Shows an error in the reader's language: the translation of the server's key when the catalogue has
 * it, otherwise the server's own message. `role="alert"` has screen readers announce it at once.
 */
export function ErrorMessage({ error, id }: ErrorMessageProps) {
  const { t, i18n } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const text =
    apiError && i18n.exists(apiError.key)
      ? t(apiError.key as ParseKeys)
      : (apiError?.message ?? t('errors.UNEXPECTED'));
  return (
    <p className="alert alert-error" role="alert" id={id}>
      {text}
    </p>
  );
}
