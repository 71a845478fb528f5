import { useState, type FormEvent } from 'react';
import { useDashboardTargetsQuery } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useToast } from '../../../ui/useToast';
import { useDeleteSalesTarget } from '../hooks/useDeleteSalesTarget';
import { useSetSalesTarget } from '../hooks/useSetSalesTarget';
import { monthLabel } from '../utils/monthLabel';
import { targetFormErrors, type TargetFormValues } from '../utils/targetFormErrors';

type Errors = Partial<Record<keyof TargetFormValues | 'form', string>>;

/**
 * The pipeline's monthly targets, for the whole team or one rep: set (replacing the month's target
 * of that scope) and deleted here, stored on the server (managers and admins).
 */
export function SalesTargets({
  pipelineId,
  currency,
  months,
  currentMonth,
}: {
  pipelineId: string;
  currency: string;
  months: readonly string[];
  currentMonth: string;
}) {
  const { data, error, refetch } = useDashboardTargetsQuery({
    variables: { pipelineId, fromMonth: months[0], toMonth: months[months.length - 1] },
  });
  const [values, setValues] = useState<TargetFormValues>({
    month: currentMonth,
    ownerId: '',
    amount: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const { setTarget, loading: saving } = useSetSalesTarget();
  const { deleteTarget, loading: deleting } = useDeleteSalesTarget();
  const toast = useToast();
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const targets = data.salesTargets;
  const scopeName = (ownerId: string) =>
    ownerId ? (data.users.find((u) => u.id === ownerId)?.name ?? ownerId) : 'the whole team';
  const existing = targets.find(
    (t) => t.month === values.month && (t.owner?.id ?? '') === values.ownerId,
  );
  const change = (key: keyof TargetFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = targetFormErrors(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await setTarget({
        variables: {
          input: {
            month: values.month,
            pipelineId,
            ownerId: values.ownerId || null,
            amount: values.amount.trim().replace(/,/g, ''),
          },
        },
      });
      toast.show(
        `Target for ${scopeName(values.ownerId)} in ${monthLabel(values.month)} saved.`,
        'success',
      );
      setValues((v) => ({ ...v, amount: '' }));
    } catch (e) {
      const fields = fieldErrors(e);
      const mapped: Errors = {
        month: fields.month,
        ownerId: fields.ownerId,
        amount: fields.amount,
      };
      const known = Object.values(mapped).some(Boolean);
      setErrors(known ? mapped : { form: errorMessage(e) });
    }
  };

  const remove = async (id: string, label: string) => {
    try {
      await deleteTarget(id);
      toast.show(`Deleted the target for ${label}.`, 'success');
    } catch (e) {
      toast.show(`Could not delete the target for ${label}. ${errorMessage(e)}`, 'error');
    }
  };

  const field = (key: keyof TargetFormValues) => ({
    id: `target-${key}`,
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': errors[key] ? `target-${key}-error` : undefined,
  });
  const fieldError = (key: keyof TargetFormValues) =>
    errors[key] && (
      <span id={`target-${key}-error`} className="field__error" role="alert">
        {errors[key]}
      </span>
    );

  return (
    <div className="stack">
      <form onSubmit={submit} noValidate aria-label="Set a monthly target" className="target-form">
        <div className={`field ${errors.month ? 'field--invalid' : ''}`}>
          <label htmlFor="target-month" className="field__label">
            Month
          </label>
          <select {...field('month')} value={values.month} onChange={change('month')}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </select>
          {fieldError('month')}
        </div>
        <div className={`field ${errors.ownerId ? 'field--invalid' : ''}`}>
          <label htmlFor="target-ownerId" className="field__label">
            For
          </label>
          <select {...field('ownerId')} value={values.ownerId} onChange={change('ownerId')}>
            <option value="">Whole team</option>
            {data.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {fieldError('ownerId')}
        </div>
        <div className={`field ${errors.amount ? 'field--invalid' : ''}`}>
          <label htmlFor="target-amount" className="field__label">
            Target ({currency})
          </label>
          <input
            {...field('amount')}
            inputMode="decimal"
            value={values.amount}
            onChange={change('amount')}
            placeholder={existing ? existing.amount : 'e.g. 50000'}
          />
          {fieldError('amount')}
        </div>
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {existing ? 'Replace target' : 'Save target'}
        </button>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
      </form>
      {existing && (
        <p className="muted chart-note">
          {monthLabel(values.month)} already has a target for {scopeName(values.ownerId)}:{' '}
          {formatMoney(existing.amount, existing.currency)}. Saving replaces it.
        </p>
      )}
      {targets.length === 0 ? (
        <p className="muted">No targets stored for these months yet.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Stored targets">
          <table className="table table--tight" data-testid="sales-targets">
            <caption className="visually-hidden">Stored monthly targets of this pipeline</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">For</th>
                <th scope="col" className="num">
                  Target
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {targets.map((t) => {
                const label = `${t.owner?.name ?? 'the whole team'} in ${monthLabel(t.month)}`;
                return (
                  <tr key={t.id}>
                    <td>{monthLabel(t.month, true)}</td>
                    <td>{t.owner?.name ?? 'Whole team'}</td>
                    <td className="num">{formatMoney(t.amount, t.currency)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={deleting}
                        aria-label={`Delete the target for ${label}`}
                        onClick={() => void remove(t.id, label)}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
