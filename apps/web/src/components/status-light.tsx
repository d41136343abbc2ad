import type { StatusLight as Light } from '@samspill/client';
import { useI18n } from '../i18n';

const GLYPH: Record<Light, string> = { GREEN: '●', YELLOW: '▲', RED: '■' };

/** Red/yellow/green with a shape and a word, never colour alone. */
export function StatusLight({ value, label }: { value: Light; label?: string }) {
  const { t } = useI18n();
  return (
    <span className={`light light--${value.toLowerCase()}`}>
      <span aria-hidden="true">{GLYPH[value]}</span> {label ? `${label}: ` : ''}
      {t(`light.${value}`)}
    </span>
  );
}
