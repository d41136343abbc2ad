import { css, html } from 'lit';
import type { EmbedBenefitsQuery } from '@samspill/client';
import type { Translate } from '../i18n/messages';
import { base } from '../styles/theme';
import { SamspillElement } from './samspill-element';


interface Row {
  project: string;
  type: string;
  unit: string;
  planned: number;
  realised: number;
}

/** `<samspill-benefits municipality="1124">`: realised against planned benefits of published projects, as a chart and a table. */
export class SamspillBenefits extends SamspillElement<EmbedBenefitsQuery> {
  static override properties = { ...SamspillElement.properties, municipality: { type: String } };
  declare municipality: string;
  protected readonly document = 'benefits' as const;

  static override styles = [
    base,
    css`
      .chart {
        display: grid;
        gap: 0.75rem;
        margin-bottom: 1rem;
      }
      .bar-label {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        font-size: 0.9375em;
      }
      .track {
        position: relative;
        height: 1.25rem;
        background: var(--_accent-tint);
        border: 1px solid var(--_border);
        border-radius: 0.25rem;
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--_accent);
      }
      details {
        margin-top: 0.5rem;
      }
      summary {
        cursor: pointer;
        color: var(--_accent-text);
        text-decoration: underline;
      }
      summary:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .scroll {
        overflow-x: auto;
      }
    `,
  ];

  protected variables() {
    return this.municipality ? { municipality: this.municipality } : null;
  }

  protected renderData({ municipality }: EmbedBenefitsQuery, t: Translate) {
    const rows: Row[] = municipality.projects.flatMap((p) =>
      (p.benefitRealisation?.lines ?? [])
        .filter((l) => l.measuredCount > 0)
        .map((l) => ({ project: p.name, type: l.type, unit: l.unit, planned: Number(l.plannedGain), realised: Number(l.realisedGain) })),
    );
    // Amounts add up only within one unit.
    const byUnit = new Map<string, { planned: number; realised: number }>();
    for (const r of rows) {
      const u = byUnit.get(r.unit) ?? { planned: 0, realised: 0 };
      u.planned += r.planned;
      u.realised += r.realised;
      byUnit.set(r.unit, u);
    }
    const ratio = (realised: number, planned: number) => (planned === 0 ? 0 : realised / planned);
    return html`<section aria-labelledby="title">
      <h2 id="title">${t('benefitsTitle', { name: municipality.name })}</h2>
      ${rows.length === 0
        ? html`<p class="muted">${t('benefitsEmpty')}</p>`
        : html`<div class="chart" role="img" aria-label=${`${t('benefitsChartLabel')}: ${[...byUnit]
              .map(([unit, v]) => `${this.formatNumber(v.realised, unit)} / ${this.formatNumber(v.planned, unit)}`)
              .join('; ')}`}>
              ${[...byUnit].map(
                ([unit, v]) => html`<div>
                  <div class="bar-label" aria-hidden="true">
                    <span>${this.formatNumber(v.realised, unit)} / ${this.formatNumber(v.planned, unit)}</span>
                    <span>${this.formatPercent(ratio(v.realised, v.planned))}</span>
                  </div>
                  <div class="track" aria-hidden="true">
                    <div class="fill" style="width: ${Math.max(0, Math.min(100, ratio(v.realised, v.planned) * 100))}%"></div>
                  </div>
                </div>`,
              )}
            </div>
            <details>
              <summary>${t('benefitsShowTable')}</summary>
              <div class="scroll">
                <table>
                  <caption>${t('benefitsTitle', { name: municipality.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('project')}</th>
                      <th scope="col">${t('unit')}</th>
                      <th scope="col" class="num">${t('planned')}</th>
                      <th scope="col" class="num">${t('realised')}</th>
                      <th scope="col" class="num">${t('achievement')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      (r) => html`<tr>
                        <th scope="row">${r.project}</th>
                        <td>${t(`type.${r.type}`)} (${r.unit})</td>
                        <td class="num">${this.formatNumber(r.planned, r.unit)}</td>
                        <td class="num">${this.formatNumber(r.realised, r.unit)}</td>
                        <td class="num">${this.formatPercent(ratio(r.realised, r.planned))}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </details>`}
      <p class="source">${t('source')}</p>
    </section>`;
  }
}
