import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigatedWithinApp } from '../routes/navigation.ts';

type PageProps = {
  title: string;
  /** The level-one heading, when it should say more than the title of the tab. */
  heading?: string;
  children: ReactNode;
};

/** A page of the app: names the browser tab after it and gives it its one level-one heading. */
export function Page({ title, heading = title, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – Puente`;
  }, [title]);

  useEffect(() => {
    if (hasNavigatedWithinApp()) headingRef.current?.focus();
  }, []);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
    </>
  );
}
