import type { TrancheStage } from '@samspill/client';
import { useI18n } from '../i18n';

/** A shape per stage, so the stage reads without colour (and in greyscale print) as well. */
export const STAGE_GLYPH: Record<TrancheStage, string> = {
  LAUNCHED: '○',
  CONSULTED: '◔',
  DECIDED: '◑',
  IN_PORTFOLIO: '◕',
  EXECUTING: '●',
  REALISING: '★',
  CLOSED: '✓',
};

export function StageBadge({ stage }: { stage: TrancheStage }) {
  const { t } = useI18n();
  return (
    <span className={`stage stage--${stage.toLowerCase()}`}>
      <span aria-hidden="true" className="stage__glyph">
        {STAGE_GLYPH[stage]}
      </span>{' '}
      {t(`stage.${stage}`)}
    </span>
  );
}
