import { useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { formatMoney } from '../../../lib/formatMoney';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { CustomerPicker, type PickedCustomer } from '../../customerPicker/components/CustomerPicker';
import { useCreateDeal } from '../hooks/useCreateDeal';
import { validateQuickAdd, type QuickAddValues } from '../utils/validateQuickAdd';

const empty: QuickAddValues = { title: '', value: '', customer: '' };

/** "+ Add deal" at the top of an open column: a small form that creates a deal in that stage. */
export function QuickAddDeal({
  stageId,
  stageName,
  currency,
}: {
  stageId: string;
  stageName: string;
  currency: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const { create, loading } = useCreateDeal();
  const toast = useToast();
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const customerId = customer?.id;

  const close = () => {
    setOpen(false);
    setValues(empty);
    setCustomer(null);
    setErrors({});
    setFormError(null);
    // Focus goes back where the form was opened from.
    requestAnimationFrame(() => opener.current?.focus());
  };

  const set = (key: keyof QuickAddValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateQuickAdd(values, customerId);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const deal = await create({
        title: values.title.trim(),
        value: values.value.trim(),
        currency,
        stageId,
        customerId: customerId ?? null,
      });
      toast.show(
        `“${deal?.title ?? values.title.trim()}” added to ${stageName} (${formatMoney(values.value.trim(), currency)}).`,
        'success',
      );
      close();
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setErrors(fields);
      else setFormError(errorMessage(error));
    }
  };

  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        className="button button--ghost button--small quick-add"
        onClick={() => setOpen(true)}
      >
        {/* Read as "Add deal to Qualification": the visible words first, then which column. */}
        <span aria-hidden="true">+ </span>Add deal
        <span className="visually-hidden"> to {stageName}</span>
      </button>
    );

  const describedBy = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);
  return (
    <form
      className="quick-add__form"
      onSubmit={submit}
      noValidate
      aria-label={`New deal in ${stageName}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <Field id={`${id}-title`} label="Title" error={errors.title}>
        <input
          id={`${id}-title`}
          value={values.title}
          onChange={set('title')}
          autoFocus
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy('title')}
        />
      </Field>
      <Field id={`${id}-value`} label={`Value (${currency})`} error={errors.value}>
        <input
          id={`${id}-value`}
          inputMode="decimal"
          value={values.value}
          onChange={set('value')}
          aria-invalid={Boolean(errors.value)}
          aria-describedby={describedBy('value')}
        />
      </Field>
      <CustomerPicker
        id={`${id}-customerId`}
        label="Customer (optional)"
        value={customer}
        text={values.customer}
        error={errors.customerId}
        onChange={(picked, text) => {
          setCustomer(picked);
          setValues((v) => ({ ...v, customer: text }));
        }}
      />
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <div className="quick-add__actions">
        <button type="submit" className="button button--primary button--small" disabled={loading}>
          {loading ? 'Adding…' : 'Add deal'}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
