import { html, LitElement, nothing, PropertyValues, TemplateResult } from 'lit';
import { defaultApi, NotFoundError, readPublic } from '../api/public-client';
import type { DocumentName } from '../api/document-ids';
import { Lang, LOCALES, toLang, Translate, translator } from '../i18n/messages';

type Load<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; notFound: boolean };

/**
 * What the three components share: language (own `lang`, else the page's), the API origin,
 * loading one trusted document, and refreshing it while the page is visible so a portal shows
 * changes without a reload (`refresh` seconds; each refresh is a conditional GET, usually 304).
 */
export abstract class SamspillElement<T> extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
    api: { type: String },
    refresh: { type: Number },
    load: { state: true },
  };

  declare lang: string;
  declare api: string | undefined;
  declare refresh: number;
  declare load: Load<T>;
  private timer: ReturnType<typeof setInterval> | undefined;
  private inFlight: AbortController | undefined;

  constructor() {
    super();
    this.refresh = 30;
    this.load = { state: 'loading' };
  }

  protected abstract readonly document: DocumentName;
  protected abstract variables(): Record<string, string> | null;
  protected abstract renderData(data: T, t: Translate): TemplateResult | typeof nothing;

  protected get language(): Lang {
    return toLang(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** Nynorsk falls back to bokmål formats where the browser has no nynorsk locale data. */
  protected get locale(): string[] {
    return this.language === 'nn' ? [LOCALES.nn, LOCALES.nb] : [LOCALES[this.language]];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.timer);
    this.inFlight?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    // For the iframe variant's height report: rendering may be throttled in an off-screen frame, so ResizeObserver alone can lag.
    this.dispatchEvent(new Event('samspill-rendered', { bubbles: true, composed: true }));
    if (changed.has('refresh')) this.schedule();
    if ([...changed.keys()].some((k) => k !== 'load' && k !== 'lang' && k !== 'refresh')) void this.fetchData();
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.fetchData();
  };

  private schedule(): void {
    clearInterval(this.timer);
    if (this.refresh > 0) {
      this.timer = setInterval(() => {
        if (document.visibilityState === 'visible') void this.fetchData();
      }, this.refresh * 1000);
    }
  }

  private async fetchData(): Promise<void> {
    const variables = this.variables();
    if (!variables) return;
    this.inFlight?.abort();
    const controller = (this.inFlight = new AbortController());
    try {
      const data = await readPublic<T>(this.api || defaultApi(), this.document, variables, controller.signal);
      this.load = { state: 'ready', data };
    } catch (err) {
      if (controller.signal.aborted) return;
      // A failed refresh keeps what is shown; only a first load shows the error.
      if (this.load.state !== 'ready' || err instanceof NotFoundError) this.load = { state: 'failed', notFound: err instanceof NotFoundError };
    }
  }

  override render() {
    const t = translator(this.language);
    if (this.load.state === 'loading') return html`<p class="muted" role="status">${t('loading')}</p>`;
    if (this.load.state === 'failed') return html`<p role="alert">${t(this.load.notFound ? 'notFound' : 'failed')}</p>`;
    return this.renderData(this.load.data, t);
  }

  protected formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(new Date(iso));
  }

  protected formatNumber(value: number, unit: string): string {
    if (unit === 'NOK') return new Intl.NumberFormat(this.locale, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);
    return `${new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  }

  protected formatPercent(ratio: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
  }
}
