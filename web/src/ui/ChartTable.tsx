import type { ReactNode } from 'react';

export type ChartColumn<Row> = { label: string; value: (row: Row) => ReactNode; numeric?: boolean };

/**
 * A chart's figures as a table behind a disclosure: the text alternative for people who can't see
 * the chart (and a way for anyone to read exact values).
 */
export function ChartTable<Row>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly ChartColumn<Row>[];
}) {
  return (
    <details className="chart-table">
      <summary>Show the figures as a table</summary>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.label} className={c.numeric ? 'num' : undefined}>
                    {c.value(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
