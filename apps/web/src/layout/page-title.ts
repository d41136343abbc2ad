import { useEffect } from 'react';

/** Each route names itself in the tab and for screen readers. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Samspill` : 'Samspill';
  }, [title]);
}
