import { useCallback, useEffect, useState } from 'react';
import type { Household } from './registry-api.ts';

export type HouseholdLoad =
  | { status: 'loading' }
  | { status: 'loaded'; household?: Household }
  | { status: 'failed'; error: unknown };

/**
 * Loads a household with `load` and gives `reload`, which resolves once the new state is in place
 * (after a change, and after a 409 so that the reader sees the latest version).
 */
export function useHousehold(load: () => Promise<Household | undefined>): { state: HouseholdLoad; reload: () => Promise<void> } {
  const [state, setState] = useState<HouseholdLoad>({ status: 'loading' });

  const reload = useCallback(async () => {
    try {
      setState({ status: 'loaded', household: await load() });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}
