import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DealDetails_DealFragment } from '../../../__generated__/graphql';
import { DATE_INPUT_LIMITS } from '../../../lib/dateInputLimits';
import { errorCode, errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { useLeaveGuard } from '../../../lib/useLeaveGuard';
import { Field } from '../../../ui/Field';
import { LeaveGuardDialog } from '../../../ui/LeaveGuardDialog';
import { useToast } from '../../../ui/useToast';
import { CustomerPicker } from '../../customerPicker/components/CustomerPicker';
import { useUpdateDeal } from '../hooks/useUpdateDeal';
import { dealEditChanges, sameDealField } from '../utils/dealEditChanges';
import { validateDealForm, type DealFormValues } from '../utils/validateDealForm';

function valuesOf(deal: DealDetails_DealFragment): DealFormValues {
  return {
    title: deal.title,
    value: deal.value,
    ownerId: deal.owner?.id ?? '',
    expectedCloseDate: deal.expectedCloseDate ?? '',
    customerId: deal.customer?.id ?? '',
    customerName: deal.customer?.name ?? '',
  };
}

export function DealEditForm({
  deal,
  users,
  onConflict,
}: {
  deal: DealDetails_DealFragment;
  users: readonly { id: string; name: string }[];
  onConflict: () => Promise<unknown>;
}) {
  const id = useId();
  const [values, setValues] = useState(() => valuesOf(deal));
  const [saved, setSaved] = useState(() => valuesOf(deal));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { update, loading } = useUpdateDeal();
  const toast = useToast();

  // When the deal changes underneath (another tab, a refetch after a conflict, a save's answer),
  // take the new values for the fields the user has not touched, and the server's way of writing
  // what the user typed ("4200" comes back as "4200.00"), so a saved form is not left dirty. Not
  // while saving: the optimistic answer and its rollback would overwrite the user's edits.
  useEffect(() => {
    if (loading) return;
    const latest = valuesOf(deal);
    setValues((current) => {
      const next = { ...current };
      for (const key of Object.keys(latest) as (keyof DealFormValues)[])
        if (current[key] === saved[key] || sameDealField(key, current[key], latest[key]))
          next[key] = latest[key];
      return next;
    });
    setSaved(latest);
  }, [deal, loading]);

  const set = (key: keyof DealFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const changes = dealEditChanges(saved, values);
  // Typed into the customer field without picking is unsaved too (the check then asks to pick).
  const dirty = Object.keys(changes).length > 0 || values.customerName !== saved.customerName;
  const leaving = useLeaveGuard(dirty);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateDealForm(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    // Nothing differs from the deal as stored: nothing is sent.
    if (Object.keys(changes).length === 0) return;
    try {
      await update(
        deal,
        changes,
        users.find((u) => u.id === values.ownerId) ?? null,
        values.customerId ? { id: values.customerId, name: values.customerName } : null,
      );
      toast.show('Deal saved.', 'success');
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setFormError(
          'Someone else changed this deal while you were editing. The latest version is loaded; your changes are kept — review them and save again.',
        );
        await onConflict();
        return;
      }
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setErrors(fields);
      else setFormError(errorMessage(error));
    }
  };

  const describedBy = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);
  return (
    <form onSubmit={submit} noValidate aria-label="Edit deal">
      <div className="form-grid">
        <Field id={`${id}-title`} label="Title" error={errors.title}>
          <input
            id={`${id}-title`}
            value={values.title}
            onChange={set('title')}
            aria-invalid={Boolean(errors.title)}
            aria-describedby={describedBy('title')}
          />
        </Field>
        <Field id={`${id}-value`} label={`Value (${deal.currency})`} error={errors.value}>
          <input
            id={`${id}-value`}
            inputMode="decimal"
            value={values.value}
            onChange={set('value')}
            aria-invalid={Boolean(errors.value)}
            aria-describedby={describedBy('value')}
          />
        </Field>
        <Field id={`${id}-owner`} label="Owner" error={errors.ownerId}>
          <select id={`${id}-owner`} value={values.ownerId} onChange={set('ownerId')}>
            <option value="">Unassigned</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <CustomerPicker
          id={`${id}-customerId`}
          label="Customer"
          value={values.customerId ? { id: values.customerId, name: values.customerName } : null}
          text={values.customerName}
          error={errors.customerId}
          onChange={(picked, text) => {
            setValues((v) => ({ ...v, customerId: picked?.id ?? '', customerName: text }));
            setErrors(({ customerId: _, ...rest }) => rest);
          }}
        />
        <Field id={`${id}-close`} label="Expected close" error={errors.expectedCloseDate}>
          <input
            id={`${id}-close`}
            type="date"
            value={values.expectedCloseDate}
            min={DATE_INPUT_LIMITS.min}
            max={DATE_INPUT_LIMITS.max}
            onChange={set('expectedCloseDate')}
            aria-invalid={Boolean(errors.expectedCloseDate)}
            aria-describedby={describedBy('expectedCloseDate')}
          />
        </Field>
      </div>
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={!dirty || loading}>
          {loading ? 'Saving…' : 'Save changes'}
        </button>
        {dirty && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setValues(saved);
              setErrors({});
              setFormError(null);
            }}
          >
            Discard
          </button>
        )}
      </div>
      <LeaveGuardDialog guard={leaving} what="this deal" />
    </form>
  );
}
