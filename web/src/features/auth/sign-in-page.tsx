import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Link } from '../../components/link.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from './session.tsx';

type FieldErrors = { email?: boolean; password?: boolean };

export function SignInPage() {
  const { t } = useTranslation();
  const { state, signIn } = useSession();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const notice = state.status === 'signedOut' ? state.notice : undefined;
  const loadError = state.status === 'signedOut' ? state.error : undefined;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button stays enabled while signing in, so it keeps the keyboard focus; repeats are ignored.
    if (submitting) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    // Checked here rather than with the browser's own bubbles, which would speak the browser's language.
    const errors = { email: !email, password: !password };
    setFieldErrors(errors);
    setSubmitError(undefined);
    if (errors.email || errors.password) {
      const firstInvalid = errors.email ? 'email' : 'password';
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await signIn(email, password);
    } catch (error) {
      setSubmitError(error);
      setSubmitting(false);
    }
  }

  return (
    <Page title={t('auth.title')}>
      <div className="narrow">
        {notice === 'signedOut' && (
          <p className="alert alert-info" role="status">
            {t('auth.signedOut')}
          </p>
        )}
        {notice === 'sessionEnded' && (
          <p className="alert alert-info" role="status">
            {t('auth.sessionEnded')}
          </p>
        )}
        {loadError !== undefined && <ErrorMessage error={loadError} />}
        <p>{t('auth.intro')}</p>
        <form className="stack" noValidate onSubmit={handleSubmit} aria-busy={submitting}>
          {submitError !== undefined && <ErrorMessage error={submitError} />}
          <div className="field">
            <label htmlFor="sign-in-email">{t('auth.email')}</label>
            {fieldErrors.email && (
              <p className="field-error" id="sign-in-email-error">
                {t('auth.emailRequired')}
              </p>
            )}
            {/* Applicants who registered themselves sign in with their phone number: the field takes either. */}
            <input
              id="sign-in-email"
              name="email"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={fieldErrors.email || undefined}
              aria-describedby={fieldErrors.email ? 'sign-in-email-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t('auth.password')}</label>
            {fieldErrors.password && (
              <p className="field-error" id="sign-in-password-error">
                {t('auth.passwordRequired')}
              </p>
            )}
            <input
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              aria-invalid={fieldErrors.password || undefined}
              aria-describedby={fieldErrors.password ? 'sign-in-password-error' : undefined}
            />
          </div>
          <button type="submit" className="button button-primary">
            {submitting ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p>
          {t('registry.signIn.question')} <Link to="/register">{t('registry.signIn.link')}</Link>
        </p>
      </div>
    </Page>
  );
}
