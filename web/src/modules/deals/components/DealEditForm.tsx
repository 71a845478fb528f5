import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DealDetails_DealFragment, UpdateDealInput } from '../../../__generated__/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { useUpdateDeal } from '../hooks/useUpdateDeal';
import { validateDealForm, type DealFormValues } from '../utils/validateDealForm';

function valuesOf(deal: DealDetails_DealFragment): DealFormValues {
  return {
    title: deal.title,
    value: deal.value,
    ownerId: deal.owner?.id ?? '',
    expectedCloseDate: deal.expectedCloseDate ?? '',
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

  // When the deal changes underneath (another tab, a refetch after a conflict), take the new values
  // for the fields the user has not touched. Not while saving: the optimistic answer and its
  // rollback would pass through here and overwrite the user's edits.
  useEffect(() => {
    if (loading) return;
    const latest = valuesOf(deal);
    setValues((current) => {
      const next = { ...current };
      for (const key of Object.keys(latest) as (keyof DealFormValues)[])
        if (current[key] === saved[key]) next[key] = latest[key];
      return next;
    });
    setSaved(latest);
  }, [deal, loading]);

  const set = (key: keyof DealFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const dirty = (Object.keys(values) as (keyof DealFormValues)[]).some(
    (k) => values[k] !== saved[k],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateDealForm(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    const input: UpdateDealInput = {};
    if (values.title !== saved.title) input.title = values.title.trim();
    if (values.value !== saved.value) input.value = values.value.trim();
    if (values.ownerId !== saved.ownerId) input.ownerId = values.ownerId || null;
    if (values.expectedCloseDate !== saved.expectedCloseDate)
      input.expectedCloseDate = values.expectedCloseDate || null;
    try {
      await update(deal, input, users.find((u) => u.id === values.ownerId) ?? null);
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
        <Field id={`${id}-close`} label="Expected close" error={errors.expectedCloseDate}>
          <input
            id={`${id}-close`}
            type="date"
            value={values.expectedCloseDate}
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
    </form>
  );
}
