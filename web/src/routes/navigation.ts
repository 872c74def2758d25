import { useSyncExternalStore } from 'react';

/**
 * Routing with the History API, without a router library: the app has a handful of flat paths.
 * `navigate` announces the change with an event, as the browser does with `popstate` for back and forward.
 */
const NAVIGATE_EVENT = 'puente:navigate';

let hasNavigated = false;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** Records that the page changed in place (after signing in or out, say), as `navigate` does. */
export function markNavigated(): void {
  hasNavigated = true;
}

window.addEventListener('popstate', markNavigated);

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  markNavigated();
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * True once the reader has moved within the app. A new page then takes the focus to its heading, so
 * that screen reader and keyboard users start there; on the first load the focus stays where the
 * browser puts it.
 */
export function hasNavigatedWithinApp(): boolean {
  return hasNavigated;
}
