import { useEffect, useState } from 'react';
import { listEmployers, type Employer } from './labor-api.ts';

/**
 * The employers the signed-in user may see (those they act for, or those of their member state for
 * a labour officer) and the one chosen: the first, until the user picks another.
 */
/** `onError` must keep its identity (a state setter does): the list loads again when it changes. */
export function useEmployers(onError: (err: unknown) => void) {
  const [employers, setEmployers] = useState<Employer[]>();
  const [employerId, setEmployerId] = useState('');
  useEffect(() => {
    listEmployers().then(
      (items) => {
        setEmployers(items);
        setEmployerId((current) => current || items[0]?.id || '');
      },
      (err: unknown) => onError(err),
    );
  }, [onError]);
  return { employers, setEmployers, employerId, setEmployerId };
}
