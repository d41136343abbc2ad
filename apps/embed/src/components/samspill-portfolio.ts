import { css, html } from 'lit';
import type { EmbedPortfolioQuery } from '@samspill/client';
import type { Translate } from '../i18n/messages';
import { base } from '../styles/theme';
import { SamspillElement } from './samspill-element';

const PHASES = ['IDEA', 'CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION', 'CLOSED'];


/** `<samspill-portfolio municipality="1124">`: a municipality's published projects. */
export class SamspillPortfolio extends SamspillElement<EmbedPortfolioQuery> {
  static override properties = { ...SamspillElement.properties, municipality: { type: String } };
  declare municipality: string;
  protected readonly document = 'portfolio' as const;

  static override styles = [
    base,
    css`
      .cards {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      }
      article {
        border: 1px solid var(--_border);
        border-top: 0.25rem solid var(--_accent);
        border-radius: var(--_radius);
        padding: 1rem;
        height: 100%;
      }
      dl {
        margin: 0;
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.25rem 0.75rem;
        font-size: 0.9375em;
      }
      dt {
        color: var(--_text-subtle);
      }
      dd {
        margin: 0;
      }
      .steps {
        display: flex;
        gap: 2px;
        margin-top: 0.25rem;
      }
      .steps span {
        flex: 1;
        height: 0.375rem;
        background: var(--_surface-tint);
        border: 1px solid var(--_border);
      }
      /* The municipality's own words on the latest report (a report marked public), across the card. */
      .summary {
        margin: 0.75rem 0 0;
        padding-left: 0.75rem;
        border-left: 0.25rem solid var(--_accent-tint);
        font-size: 0.9375em;
      }
      .steps span.done {
        background: var(--_accent);
        border-color: var(--_accent);
      }
    `,
  ];

  protected variables() {
    return this.municipality ? { municipality: this.municipality } : null;
  }

  protected renderData({ municipality }: EmbedPortfolioQuery, t: Translate) {
    return html`<section aria-labelledby="title">
      <h2 id="title">${t('portfolioTitle', { name: municipality.name })}</h2>
      ${municipality.projects.length === 0
        ? html`<p class="muted">${t('portfolioEmpty')}</p>`
        : html`<ul class="plain cards">
            ${municipality.projects.map((p) => {
              const n = PHASES.indexOf(p.phase) + 1;
              return html`<li>
                <article aria-labelledby="p-${p.id}" data-project=${p.id}>
                  <h3 id="p-${p.id}">${p.name}</h3>
                  <dl>
                    <dt>${t('serviceArea')}</dt>
                    <dd>${t(`area.${p.serviceArea}`)}</dd>
                    <dt>${t('phase')}</dt>
                    <dd>
                      ${t('phaseOf', { phase: t(`phase.${p.phase}`), n, total: PHASES.length })}
                      <div class="steps" aria-hidden="true">${PHASES.map((_, i) => html`<span class=${i < n ? 'done' : ''}></span>`)}</div>
                    </dd>
                    <dt>${t('latestStatus')}</dt>
                    <dd>
                      ${p.latestStatus
                        ? html`<span class="badge ${p.latestStatus.overall}"><span class="dot" aria-hidden="true"></span>${t(`light.${p.latestStatus.overall}`)}</span>
                            <span class="muted">${t('statusOn', { date: this.formatDate(p.latestStatus.reportedAt) })}</span>`
                        : html`<span class="muted">${t('noStatus')}</span>`}
                    </dd>
                    <dt>${t('initiative')}</dt>
                    <dd>${p.initiative ? p.initiative.title : html`<span class="muted">${t('none')}</span>`}</dd>
                  </dl>
                  ${p.latestStatus?.publicSummary ? html`<p class="summary">${p.latestStatus.publicSummary}</p>` : ''}
                </article>
              </li>`;
            })}
          </ul>`}
      <p class="source">${t('source')}</p>
    </section>`;
  }
}

