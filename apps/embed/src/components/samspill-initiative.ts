import { css, html } from 'lit';
import type { EmbedInitiativeQuery } from '@samspill/client';
import type { Translate } from '../i18n/messages';
import { base } from '../styles/theme';
import { SamspillElement } from './samspill-element';


/** `<samspill-initiative initiative="…">`: a regional initiative and each member's decision on it (one row of the tranche matrix). */
export class SamspillInitiative extends SamspillElement<EmbedInitiativeQuery> {
  static override properties = { ...SamspillElement.properties, initiative: { type: String } };
  declare initiative: string;
  protected readonly document = 'initiative' as const;

  static override styles = [
    base,
    css`
      .row {
        display: grid;
        gap: 0.5rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      }
      .row li {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.5rem 0.625rem;
      }
      .name {
        display: block;
        font-weight: 600;
      }
      .phase {
        display: block;
        font-size: 0.875em;
        color: var(--_text-subtle);
      }
      .meter {
        height: 0.5rem;
        background: var(--_accent-tint);
        border: 1px solid var(--_border);
        border-radius: 999px;
        overflow: hidden;
        margin: 0.25rem 0 1rem;
      }
      .meter div {
        height: 100%;
        background: var(--_accent);
      }
      h3 {
        font-size: 1em;
      }
    `,
  ];

  protected variables() {
    return this.initiative ? { initiative: this.initiative } : null;
  }

  protected renderData({ initiative }: EmbedInitiativeQuery, t: Translate) {
    const { targeted, adopt, adapt } = initiative.adoptionRate;
    const adopted = adopt + adapt;
    const cases = [...initiative.adoptionCases].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, this.locale));
    return html`<section aria-labelledby="title">
      <h2 id="title">${initiative.title}</h2>
      <p><span class="badge">${t(`initiativeStatus.${initiative.status}`)}</span></p>
      <p>${t('initiativeAdopted', { adopted, targeted })}</p>
      <div class="meter" aria-hidden="true"><div style="width: ${targeted === 0 ? 0 : (adopted / targeted) * 100}%"></div></div>
      <h3>${t('initiativeMembers')}</h3>
      ${cases.length === 0
        ? html`<p class="muted">${t('initiativeEmpty')}</p>`
        : html`<ul class="plain row">
            ${cases.map(
              (c) => html`<li data-municipality=${c.municipality.id}>
                <span class="name">${c.municipality.name}</span>
                <span class="badge ${c.status}"><span class="dot" aria-hidden="true"></span>${t(`case.${c.status}`)}</span>
                ${c.project ? html`<span class="phase">${t('phase')}: ${t(`phase.${c.project.phase}`)}</span>` : ''}
              </li>`,
            )}
          </ul>`}
      <p class="source">${t('source')}</p>
    </section>`;
  }
}
