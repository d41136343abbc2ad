import { KeyboardEvent, useRef, useState } from 'react';
import { STAGE_GLYPH } from '../components/stage-badge';
import { useI18n } from '../i18n';
import { cellKey, MatrixCell } from './matrix-model';

export interface GridRow {
  id: string;
  title: string;
}
export interface GridColumn {
  id: string;
  name: string;
}

interface Props {
  rows: GridRow[];
  columns: GridColumn[];
  cells: Map<string, MatrixCell>;
  onOpen(row: GridRow, column: GridColumn): void;
}

/**
 * The tranche matrix as an ARIA grid: one tab stop, arrow keys (and Home/End, Ctrl+Home/End,
 * PageUp/PageDown) move between cells, Enter or Space opens the case. Each cell says its stage
 * in a short word and a shape as well as a colour, and its full meaning as its accessible name.
 */
export function MatrixGrid({ rows, columns, cells, onOpen }: Props) {
  const { t } = useI18n();
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);

  function focusCell(r: number, c: number) {
    const row = Math.max(0, Math.min(rows.length - 1, r));
    const col = Math.max(0, Math.min(columns.length - 1, c));
    setActive([row, col]);
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const [r, c] = active;
    const moves: Record<string, [number, number] | undefined> = {
      ArrowRight: [r, c + 1],
      ArrowLeft: [r, c - 1],
      ArrowDown: [r + 1, c],
      ArrowUp: [r - 1, c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [rows.length - 1, columns.length - 1] : [r, columns.length - 1],
      PageDown: [r + 5, c],
      PageUp: [r - 5, c],
    };
    const target = moves[e.key];
    if (target) {
      e.preventDefault();
      focusCell(target[0], target[1]);
    } else if ((e.key === 'Enter' || e.key === ' ') && rows[r] && columns[c]) {
      e.preventDefault();
      if (cells.has(cellKey(rows[r].id, columns[c].id))) onOpen(rows[r], columns[c]);
    }
  }

  const [ar, ac] = [Math.min(active[0], rows.length - 1), Math.min(active[1], columns.length - 1)];
  return (
    <div className="matrix-scroll">
      <table ref={table} role="grid" aria-label={t('matrix.gridLabel')} aria-describedby="matrix-help" className="matrix" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('matrix.initiative')}
            </th>
            {columns.map((col) => (
              <th key={col.id} scope="col" className="matrix__col">
                <span>{col.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row" className="matrix__row">
                {row.title}
              </th>
              {columns.map((col, c) => {
                const cell = cells.get(cellKey(row.id, col.id));
                const tabIndex = r === ar && c === ac ? 0 : -1;
                const common = {
                  role: 'gridcell',
                  tabIndex,
                  'data-cell': `${r}:${c}`,
                  'data-initiative': row.id,
                  'data-municipality': col.id,
                  onFocus: () => setActive([r, c]),
                };
                if (!cell) {
                  return (
                    <td key={col.id} {...common} className="matrix__cell matrix__cell--empty">
                      <span className="visually-hidden">{t('matrix.emptyLabel', { initiative: row.title, municipality: col.name })}</span>
                    </td>
                  );
                }
                const label = t('matrix.cellLabel', {
                  initiative: row.title,
                  municipality: col.name,
                  stage: t(`stage.${cell.stage}`),
                  decision: cell.decision ? ` (${t(`decision.${cell.decision}`)})` : '',
                  days: t('app.daysLong', { count: cell.daysInStage }),
                  stuck: cell.stuck ? `, ${t('matrix.stuck').toLowerCase()}` : '',
                });
                return (
                  <td
                    key={col.id}
                    {...common}
                    className={`matrix__cell stage--${cell.stage.toLowerCase()}${cell.stuck ? ' matrix__cell--stuck' : ''}`}
                    data-stage={cell.stage}
                    data-decision={cell.decision ?? ''}
                    title={label}
                    onClick={() => onOpen(row, col)}
                  >
                    {/* The full meaning as text (its accessible name); the short visible codes are hidden from it. */}
                    <span className="visually-hidden">{label}</span>
                    <span aria-hidden="true" className="matrix__glyph">
                      {STAGE_GLYPH[cell.stage]}
                      {cell.stuck ? '!' : ''}
                    </span>
                    <span aria-hidden="true" className="matrix__code">
                      {t(`stageShort.${cell.stage}`)}
                      {cell.decision ? `·${t(`decisionShort.${cell.decision}`)}` : ''}
                    </span>
                    <span aria-hidden="true" className="matrix__days">
                      {t('app.days', { count: cell.daysInStage })}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
