import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOMES, DECISION_REASONS, type DecisionKind } from '../../../../src/cases/cases.schemas.ts';
import { ErrorMessage } from '../../components/error-message.tsx';

type DialogProps = { open: boolean; titleId: string; title: string; onClose: () => void; children: React.ReactNode };

/** A modal dialog on the native <dialog> element: focus moves in and is trapped, Escape closes it. */
export function Dialog({ open, titleId, title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

export type DecisionInput = { kind: DecisionKind; outcome: string; reasonCodes: string[]; reasonText?: string; legalBasis: string };

export function DecisionDialog({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (d: DecisionInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DecisionKind>('recommendation');
  const [error, setError] = useState<unknown>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reasonText = String(data.get('reasonText') ?? '').trim();
    try {
      await onSubmit({
        kind,
        outcome: String(data.get('outcome')),
        reasonCodes: data.getAll('reasonCodes').map(String),
        ...(reasonText ? { reasonText } : {}),
        legalBasis: String(data.get('legalBasis') ?? ''),
      });
      setError(undefined);
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Dialog open={open} titleId="decision-title" title={t('cases.case.newDecision')} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor="d-kind">{t('cases.decision.kind')}</label>
        <select id="d-kind" value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
          {(['recommendation', 'decision', 'closure'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`cases.decision.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="d-outcome">{t('cases.decision.outcome')}</label>
        <select id="d-outcome" name="outcome" key={kind}>
          {DECISION_OUTCOMES[kind].map((o) => (
            <option key={o} value={o}>
              {t(`cases.decision.outcomes.${o as 'recommend'}`)}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t('cases.decision.reasons')}</legend>
          {DECISION_REASONS.map((r) => (
            <label key={r} className="checkbox">
              <input type="checkbox" name="reasonCodes" value={r} /> {t(`cases.decision.reasonCodes.${r}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor="d-text">{t('cases.decision.reasonText')}</label>
        <textarea id="d-text" name="reasonText" rows={3} />
        <label htmlFor="d-basis">{t('cases.decision.legalBasis')}</label>
        <input id="d-basis" name="legalBasis" type="text" required />
        {error !== undefined && <ErrorMessage error={error} />}
        <p>
          <button type="submit" className="button button-primary">
            {t('cases.decision.submit')}
          </button>{' '}
          <button type="button" className="button" onClick={onClose}>
            {t('cases.case.cancel')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}

export function ReviewDialog({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (approve: boolean, comment?: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>();
  async function decide(approve: boolean) {
    try {
      await onSubmit(approve, comment.trim() || undefined);
      setError(undefined);
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Dialog open={open} titleId="review-title" title={t('cases.case.reviewTitle')} onClose={onClose}>
      <label htmlFor="r-comment">{t('cases.case.reviewComment')}</label>
      <textarea id="r-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      {error !== undefined && <ErrorMessage error={error} />}
      <p>
        <button type="button" className="button button-primary" onClick={() => void decide(true)}>
          {t('cases.case.approve')}
        </button>{' '}
        <button type="button" className="button" onClick={() => void decide(false)}>
          {t('cases.case.reject')}
        </button>{' '}
        <button type="button" className="button" onClick={onClose}>
          {t('cases.case.cancel')}
        </button>
      </p>
    </Dialog>
  );
}
