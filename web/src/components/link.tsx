import type { MouseEvent, ReactNode } from 'react';
import { navigate, usePathname } from '../routes/navigation.ts';

type LinkProps = {
  to: string;
  children: ReactNode;
  className?: string;
};

/** An ordinary link that changes page without a reload; marks itself as the current page. */
export function Link({ to, children, className }: LinkProps) {
  const pathname = usePathname();

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    // Leave modified clicks (new tab, new window, download) to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }

  return (
    <a href={to} className={className} aria-current={pathname === to ? 'page' : undefined} onClick={handleClick}>
      {children}
    </a>
  );
}
