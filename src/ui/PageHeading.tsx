import type { ReactNode } from 'react';
import { useDocumentTitle, useFocusOnArrival } from './hooks';

/** The page's `h1`: it names the browser tab and receives focus when the user arrives. */
export function PageHeading({ text, stepKey, children }: { text: string; stepKey?: string; children?: ReactNode }) {
  const ref = useFocusOnArrival<HTMLHeadingElement>(stepKey ?? text);
  useDocumentTitle(text);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? text}
    </h1>
  );
}

/** A page with only a heading and some text: errors, notices. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageHeading text={title} />
      {children}
    </>
  );
}
