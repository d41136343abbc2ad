import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

type Plot = typeof import('@observablehq/plot');

/**
 * An Observable Plot chart, loaded on demand (the library stays out of the initial bundle).
 * It is an image for assistive technology; every chart sits next to a table with the same figures.
 */
export function Chart({ title, render }: { title: string; render(plot: Plot, width: number): SVGSVGElement | HTMLElement }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    void import('@observablehq/plot').then((plot) => {
      const el = host.current;
      if (cancelled || !el) return;
      const chart = render(plot, Math.max(280, Math.min(el.clientWidth || 640, 960)));
      chart.setAttribute('aria-hidden', 'true');
      el.replaceChildren(chart);
    });
    return () => {
      cancelled = true;
    };
  }, [render]);
  return <div ref={host} className="chart" role="img" aria-label={t('app.chartAlt', { title })} />;
}
