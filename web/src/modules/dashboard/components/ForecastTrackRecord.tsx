import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useForecastTrackRecordQuery } from '../../../__generated__/lazy';
import { formatDate } from '../../../lib/formatDate';
import { formatMoney } from '../../../lib/formatMoney';
import { formatPercent } from '../../../lib/formatPercent';
import { ChartTable } from '../../../ui/ChartTable';
import { legendText } from '../../../ui/legendText';
import { monthLabel } from '../utils/monthLabel';
import { trackRecordSummary } from '../utils/trackRecordSummary';
import { ChartPanel } from './ChartPanel';

/**
 * What the forecast said at the start of each past month against what was won in it (ADR 038):
 * the bars are what was won, the line the forecast, and the error figure says what it is made of.
 */
export function ForecastTrackRecord({ pipelineId }: { pipelineId: string }) {
  const { data, loading, error } = useForecastTrackRecordQuery({
    variables: { pipelineId, months: 12 },
  });
  const record = data?.forecastTrackRecord;
  const currency = record?.currency ?? null;
  // The axis abbreviates ("$1.3M"); the tooltip and the table give the amounts exactly.
  const money = (v: unknown) => (v == null ? '—' : formatMoney(Number(v), currency, true));
  const exact = (v: unknown) => (v == null ? '—' : formatMoney(Number(v), currency));
  const rows = (record?.months ?? []).map((m) => ({
    ...m,
    label: monthLabel(m.month, true),
    forecastValue: Number(m.forecast),
    wonValue: Number(m.won),
  }));
  const withRates = rows.filter((r) => r.rates.length > 0);
  const unconverted = rows.filter((r) => r.unconverted.length > 0);
  return (
    <ChartPanel
      title={`Forecast track record${currency ? ` (${currency})` : ''}`}
      loading={loading && !data}
      error={error}
      empty={rows.length === 0}
      emptyText="No past months yet"
      testId="chart-track-record"
    >
      {record && (
        <>
          <p className="track-record__error" data-testid="track-record-error">
            <strong>{trackRecordSummary(record)}</strong>
          </p>
          <p className="muted chart-note" style={{ marginTop: 0 }}>
            <strong>Forecast</strong>: what the forecast for the month said on its first day.{' '}
            {record.weighting}. Months marked “rebuilt” had no daily snapshot at their start: their
            forecast is reconstructed from the deals’ stage history. <strong>Won</strong>: deals won
            in the month. Other currencies are converted at the rates of each month’s last day.
          </p>
        </>
      )}
      <div className="chart chart--tall">
        <ResponsiveContainer>
          <ComposedChart data={rows} margin={{ left: 8, right: 8, top: 8 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={money} tick={{ fontSize: 11 }} width={64} />
            <Tooltip formatter={exact} />
            <Legend formatter={legendText} />
            <Bar dataKey="wonValue" name="Won" fill="#15803d" isAnimationActive={false} />
            <Line
              dataKey="forecastValue"
              name="Forecast at the month's start"
              stroke="#4338ca"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {withRates.length > 0 && (
        <p className="muted chart-note">
          Rates used:{' '}
          {withRates
            .map(
              (r) =>
                `${monthLabel(r.month, true)}: ${r.rates
                  .map(
                    (x) =>
                      `1 ${x.fromCurrency} = ${x.rate} ${x.toCurrency} (${formatDate(x.date)})`,
                  )
                  .join(', ')}`,
            )
            .join('; ')}
          .
        </p>
      )}
      {unconverted.map((r) => (
        <p key={r.month} className="chart-note">
          {monthLabel(r.month)}: left out of the error, no rate for{' '}
          {r.unconverted.map((u) => formatMoney(u.amount, u.currency)).join(', ')}.
        </p>
      ))}
      <ChartTable
        caption={`Forecast at the start of each month against what was won, in ${currency ?? ''}`}
        rows={rows}
        columns={[
          { label: 'Month', value: (r) => monthLabel(r.month) },
          {
            label: 'Forecast from',
            value: (r) =>
              r.source === 'SNAPSHOT' ? `snapshot of ${formatDate(r.snapshotDay)}` : 'rebuilt',
          },
          { label: 'Forecast', value: (r) => exact(r.forecast), numeric: true },
          { label: 'Best case', value: (r) => exact(r.bestCase), numeric: true },
          { label: 'Won', value: (r) => exact(r.won), numeric: true },
          {
            label: 'Error',
            value: (r) => formatPercent(r.absolutePercentageError, 1),
            numeric: true,
          },
        ]}
      />
    </ChartPanel>
  );
}
