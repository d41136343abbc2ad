import { css, unsafeCSS } from 'lit';
import { DS_TOKENS } from './ds-tokens';

type Token = keyof typeof DS_TOKENS;

/** The portal's own value first, then the page's Designsystemet token, then the Digdir theme's value. */
const themable = (name: string, token: Token) => unsafeCSS(`var(--samspill-${name}, var(--ds-${token}, ${DS_TOKENS[token]}))`);

/**
 * Shared styles. Everything a portal may restyle is a `--samspill-*` custom property (they
 * inherit into the shadow root); nothing else of the host page reaches inside.
 */
export const base = css`
  :host {
    --_accent: ${themable('accent', 'color-accent-base-default')};
    --_on-accent: ${themable('on-accent', 'color-accent-base-contrast-default')};
    --_accent-text: ${themable('accent-text', 'color-accent-text-subtle')};
    --_accent-tint: ${themable('accent-tint', 'color-accent-surface-tinted')};
    --_text: ${themable('text', 'color-neutral-text-default')};
    --_text-subtle: ${themable('text-subtle', 'color-neutral-text-subtle')};
    --_surface: ${themable('surface', 'color-neutral-background-default')};
    --_surface-tint: ${themable('surface-tint', 'color-neutral-background-tinted')};
    --_border: ${themable('border', 'color-neutral-border-subtle')};
    --_green: ${themable('green', 'color-success-base-default')};
    --_green-tint: ${themable('green-tint', 'color-success-surface-tinted')};
    --_yellow: ${themable('yellow', 'color-warning-base-default')};
    --_yellow-tint: ${themable('yellow-tint', 'color-warning-surface-tinted')};
    --_red: ${themable('red', 'color-danger-base-default')};
    --_red-tint: ${themable('red-tint', 'color-danger-surface-tinted')};
    --_radius: var(--samspill-radius, 0.5rem);
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--samspill-font-family, var(--ds-font-family, inherit));
    font-size: var(--samspill-font-size, 1rem);
    line-height: 1.5;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
    margin: 0 0 0.75em;
    color: var(--_text);
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 0.5em;
  }
  .muted {
    color: var(--_text-subtle);
  }
  .source {
    margin-top: 0.75em;
    font-size: 0.875em;
    color: var(--_text-subtle);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.5em;
  }
  th,
  td {
    text-align: left;
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    border-radius: 999px;
    padding: 0 0.625em;
    font-size: 0.875em;
    background: var(--_surface-tint);
    color: var(--_text);
  }
  .dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    flex: none;
    border: 1px solid var(--_text);
  }
  .GREEN .dot,
  .ADOPTED .dot,
  .ADAPTED .dot {
    background: var(--_green);
  }
  .YELLOW .dot,
  .DEFERRED .dot,
  .OPEN .dot {
    background: var(--_yellow);
  }
  .RED .dot,
  .DECLINED .dot {
    background: var(--_red);
  }
  .GREEN,
  .ADOPTED,
  .ADAPTED {
    background: var(--_green-tint);
  }
  .YELLOW,
  .DEFERRED {
    background: var(--_yellow-tint);
  }
  .RED,
  .DECLINED {
    background: var(--_red-tint);
  }
`;
