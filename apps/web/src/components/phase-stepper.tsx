import type { ProjectPhase } from '@samspill/client';
import { useI18n } from '../i18n';

export const PHASES: ProjectPhase[] = ['IDEA', 'CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION', 'CLOSED'];

/** The Prosjektveiviseren phases as an ordered list; the current one is marked in words, not only by style. */
export function PhaseStepper({ phase }: { phase: ProjectPhase }) {
  const { t } = useI18n();
  const current = PHASES.indexOf(phase);
  return (
    <ol className="stepper" aria-label={t('project.currentPhase', { phase: t(`phase.${phase}`) })}>
      {PHASES.map((p, i) => (
        <li key={p} className={i < current ? 'stepper__done' : i === current ? 'stepper__current' : 'stepper__todo'} aria-current={i === current ? 'step' : undefined}>
          <span aria-hidden="true" className="stepper__mark">
            {i < current ? '✓' : i + 1}
          </span>
          <span className="stepper__label">{t(`phase.${p}`)}</span>
        </li>
      ))}
    </ol>
  );
}
