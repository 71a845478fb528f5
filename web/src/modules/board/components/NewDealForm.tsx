import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useDealFormOptionsQuery, type DealFormOptionsQuery } from '../../../__generated__/lazy';
import { formatMoney } from '../../../lib/formatMoney';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useToast } from '../../../ui/useToast';
import {
  CustomerPicker,
  type PickedCustomer,
} from '../../customerPicker/components/CustomerPicker';
import { NewDealFields } from '../../deals/components/NewDealFields';
import { errorsAfterEdit, withPipeline, type NewDealValues } from '../../deals/utils/newDealValues';
import { validateNewDeal } from '../../deals/utils/validateNewDeal';
import { useCreateDeal } from '../hooks/useCreateDeal';

/**
 * The full new-deal form (in a dialog opened from the board's header, loaded on first open): every
 * field of a deal and a customer found by name. After it is created the board shows the card and a
 * toast links to the deal.
 */
export function NewDealForm({ pipelineId, onDone }: { pipelineId: string; onDone: () => void }) {
  const { data, error, refetch } = useDealFormOptionsQuery();
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the form…" />;
  return <NewDealFormFields options={data} pipelineId={pipelineId} onDone={onDone} />;
}

function NewDealFormFields({
  options,
  pipelineId,
  onDone,
}: {
  options: DealFormOptionsQuery;
  pipelineId: string;
  onDone: () => void;
}) {
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const { create, loading } = useCreateDeal();
  const [values, setValues] = useState<NewDealValues>(() =>
    withPipeline(
      {
        title: '',
        value: '',
        currency: '',
        pipelineId: '',
        stageId: '',
        ownerId: options.me?.id ?? options.users[0]?.id ?? '',
        expectedCloseDate: '',
      },
      options.pipelines,
      options.pipelines.some((p) => p.id === pipelineId)
        ? pipelineId
        : (options.pipelines[0]?.id ?? ''),
    ),
  );
  // The dialog opened on a loading form, so its own focus went to nothing: the title comes first.
  useEffect(() => document.getElementById(`${id}-title`)?.focus(), [id]);
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [customerText, setCustomerText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateNewDeal(values, { titleRequired: true });
    if (customerText.trim() && !customer)
      found.customerId = 'Pick a customer from the list, or clear the field.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const deal = await create({
        title: values.title.trim(),
        value: values.value.trim(),
        currency: values.currency.trim().toUpperCase(),
        stageId: values.stageId,
        ownerId: values.ownerId || null,
        customerId: customer?.id ?? null,
        expectedCloseDate: values.expectedCloseDate || null,
      });
      const pipeline = options.pipelines.find((p) => p.id === values.pipelineId);
      const stage = pipeline?.stages.find((s) => s.id === values.stageId);
      const where =
        pipeline?.id === pipelineId ? stage?.name : `${pipeline?.name} · ${stage?.name}`;
      onDone();
      toast.show(
        `“${values.title.trim()}” added to ${where ?? 'the board'} (${formatMoney(values.value.trim(), values.currency.trim().toUpperCase())}).`,
        'success',
        deal ? { label: 'Open deal', run: () => void navigate(`/deals/${deal.id}`) } : undefined,
      );
    } catch (failure) {
      const fields = fieldErrors(failure);
      if (Object.keys(fields).length) setErrors(fields);
      else setFormError(errorMessage(failure));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New deal" className="new-deal">
      <NewDealFields
        id={id}
        values={values}
        onChange={(next) => {
          setErrors((current) => errorsAfterEdit(current, values, next));
          setValues(next);
        }}
        errors={errors}
        options={options}
      >
        <CustomerPicker
          id={`${id}-customerId`}
          label="Customer (optional)"
          value={customer}
          text={customerText}
          error={errors.customerId}
          onChange={(picked, text) => {
            setCustomer(picked);
            setCustomerText(text);
            setErrors(({ customerId: _, ...rest }) => rest);
          }}
        />
      </NewDealFields>
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add deal'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
