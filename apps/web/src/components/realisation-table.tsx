import { Table } from '@digdir/designsystemet-react';
import type { BenefitType } from '@samspill/client';
import { useI18n } from '../i18n';

export interface RealisationLine {
  type: BenefitType;
  unit: string;
  benefitCount: number;
  measuredCount: number;
  plannedGain: string;
  realisedGain: string;
  achievement: string | null;
}

/** Planned against realised gain per benefit type; shortfalls are called out in words. */
export function RealisationTable({ lines, caption }: { lines: RealisationLine[]; caption: string }) {
  const { t, fmt } = useI18n();
  const amount = (value: string, unit: string) => (unit === 'NOK' ? fmt.money(value) : `${fmt.number(value)} ${unit}`);
  return (
    <div className="table-scroll" tabIndex={0}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('municipality.type')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('municipality.planned')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('municipality.realised')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('municipality.achievement')}</Table.HeaderCell>
            <Table.HeaderCell>{t('municipality.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {lines.map((l) => {
            const achievement = l.achievement === null ? null : Number(l.achievement);
            return (
              <Table.Row key={`${l.type}-${l.unit}`}>
                <Table.Cell>
                  {t(`benefitType.${l.type}`)} ({l.unit})
                </Table.Cell>
                <Table.Cell className="num">{amount(l.plannedGain, l.unit)}</Table.Cell>
                <Table.Cell className="num">{amount(l.realisedGain, l.unit)}</Table.Cell>
                <Table.Cell className="num">{fmt.percent(achievement)}</Table.Cell>
                <Table.Cell>{achievement === null ? '–' : achievement < 0.6 ? <strong className="behind">▼ {t('benefits.behind')}</strong> : t('benefits.onTrack')}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
