import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useDealFormOptionsQuery, type DealFormOptionsQuery } from '../../../__generated__/lazy';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useToast } from '../../../ui/useToast';
import { NewDealFields } from './NewDealFields';
import { errorsAfterEdit, withPipeline, type NewDealValues } from '../utils/newDealValues';
import { validateNewDeal } from '../utils/validateNewDeal';
import { useConvertLead } from '../hooks/useConvertLead';

type ConvertingLead = {
  id: string;
  name: string;
  company?: string | null | undefined;
  owner?: { id: string } | null | undefined;
};

/** Converting a lead (loaded on first open): where the deal starts, its value, currency and owner. */
export function ConvertLeadForm({ lead, onDone }: { lead: ConvertingLead; onDone: () => void }) {
  const { data, error, refetch } = useDealFormOptionsQuery();
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the form…" />;
  return <ConvertLeadFields lead={lead} options={data} onDone={onDone} />;
}

function ConvertLeadFields({
  lead,
  options,
  onDone,
}: {
  lead: ConvertingLead;
  options: DealFormOptionsQuery;
  onDone: () => void;
}) {
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const { convert, loading } = useConvertLead();
  const [values, setValues] = useState<NewDealValues>(() =>
    withPipeline(
      {
        title: '',
        value: '',
        currency: '',
        pipelineId: '',
        stageId: '',
        ownerId: lead.owner?.id ?? options.me?.id ?? '',
        expectedCloseDate: '',
      },
      options.pipelines,
      options.pipelines[0]?.id ?? '',
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateNewDeal(values, { titleRequired: false });
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const deal = await convert({
        leadId: lead.id,
        stageId: values.stageId,
        title: values.title.trim() || null,
        value: values.value.trim(),
        currency: values.currency.trim().toUpperCase(),
        ownerId: values.ownerId || null,
        expectedCloseDate: values.expectedCloseDate || null,
      });
      onDone();
      if (!deal) return;
      toast.show(`“${lead.name}” converted into “${deal.title}” in ${deal.stage.name}.`, 'success');
      void navigate(`/deals/${deal.id}`);
    } catch (failure) {
      const fields = fieldErrors(failure);
      if (Object.keys(fields).length) setErrors(fields);
      else setFormError(errorMessage(failure));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Convert lead">
      <NewDealFields
        id={id}
        values={values}
        onChange={(next) => {
          setErrors((current) => errorsAfterEdit(current, values, next));
          setValues(next);
        }}
        errors={errors}
        options={options}
        titleHint={`Leave empty for “${lead.company || lead.name} — new deal”`}
      />
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Converting…' : 'Convert to deal'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
