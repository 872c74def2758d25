import { useState, type FormEvent } from 'react';

/**
 * Sends a labour form: `run` reads the fields (`text` gives a field's trimmed value, `data` the
 * whole FormData) and returns what to announce. While it runs the caller disables the submit button
 * (`busy`); a failure is kept for an ErrorMessage and the fields keep what was typed; on success the
 * form is cleared and the message is announced (`notice`).
 */
export function useFormSubmit(run: (text: (name: string) => string, data: FormData) => Promise<string>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    setBusy(true);
    setError(undefined);
    setNotice('');
    try {
      const message = await run(text, data);
      form.reset();
      setNotice(message);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  /** Forgets the last outcome (another record was chosen). */
  function clear() {
    setError(undefined);
    setNotice('');
  }

  return { busy, error, notice, clear, onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event) };
}
