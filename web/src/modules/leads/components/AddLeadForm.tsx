import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLeadFilterOptionsQuery } from '../../../__generated__/lazy';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { useCreateLead } from '../hooks/useCreateLead';
import { useMergeNewLead } from '../hooks/useMergeNewLead';
import { duplicateLeadsOf, type DuplicateLead } from '../utils/duplicateLeadsOf';
import { sourceLabel } from '../utils/sourceLabel';
import { validateNewLead, type NewLeadValues } from '../utils/validateNewLead';

const empty: NewLeadValues = { name: '', email: '', company: '', source: '' };

/** The new-lead form (in a dialog on the lead table); a created lead opens on its own page. */
export function AddLeadForm({ onCancel }: { onCancel: () => void }) {
  const id = useId();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Open leads the server says this one would duplicate; "Add anyway" sends allowDuplicate.
  const [duplicates, setDuplicates] = useState<DuplicateLead[] | null>(null);
  const { data: options } = useLeadFilterOptionsQuery();
  const { create, loading } = useCreateLead();
  const merging = useMergeNewLead();
  const navigate = useNavigate();
  const toast = useToast();

  const set = (key: keyof NewLeadValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (event: FormEvent | null, allowDuplicate = false) => {
    event?.preventDefault();
    setFormError(null);
    setDuplicates(null);
    const found = validateNewLead(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const lead = await create({
        name: values.name.trim(),
        email: values.email.trim() || null,
        company: values.company.trim() || null,
        source: values.source,
        ...(allowDuplicate ? { allowDuplicate: true } : {}),
      });
      toast.show(`Lead “${values.name.trim()}” added.`, 'success');
      if (lead) void navigate(`/leads/${lead.id}`);
    } catch (error) {
      const same = duplicateLeadsOf(error);
      if (same?.length) return setDuplicates(same);
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setErrors(fields);
      else setFormError(errorMessage(error));
    }
  };

  const mergeInto = async (target: DuplicateLead) => {
    setFormError(null);
    try {
      const filled = await merging.mergeInto(target, values);
      toast.show(
        filled.length
          ? `Merged into “${target.name}”: ${filled.join(' and ')} added.`
          : `“${target.name}” already has everything typed here; nothing was added.`,
        'success',
      );
      void navigate(`/leads/${target.id}`);
    } catch (error) {
      setFormError(`Could not merge into “${target.name}”. ${errorMessage(error)}`);
    }
  };

  const describedBy = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);
  const text = (key: 'name' | 'email' | 'company', label: string, type = 'text') => (
    <Field id={`${id}-${key}`} label={label} error={errors[key]}>
      <input
        id={`${id}-${key}`}
        type={type}
        value={values[key]}
        onChange={set(key)}
        autoFocus={key === 'name'}
        aria-invalid={Boolean(errors[key])}
        aria-describedby={describedBy(key)}
      />
    </Field>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="New lead">
      <div className="stack">
        {text('name', 'Name')}
        {text('email', 'Email (optional)', 'email')}
        {text('company', 'Company (optional)')}
        <Field id={`${id}-source`} label="Source" error={errors.source}>
          <select
            id={`${id}-source`}
            value={values.source}
            onChange={set('source')}
            aria-invalid={Boolean(errors.source)}
            aria-describedby={describedBy('source')}
          >
            <option value="">Choose a source</option>
            {(options?.leadSources ?? []).map((s) => (
              <option key={s} value={s}>
                {sourceLabel(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {duplicates && (
        <div className="form-error" role="alert">
          {duplicates[0]?.matchedOn === 'EMAIL'
            ? 'An open lead with this email already exists: '
            : 'An open lead with this name and company already exists: '}
          {duplicates.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <Link to={`/leads/${d.id}`}>{d.name}</Link>
            </span>
          ))}
          .{' '}
          {duplicates[0] && (
            <>
              <button
                type="button"
                className="link-button"
                disabled={merging.loading}
                onClick={() => void mergeInto(duplicates[0]!)}
              >
                Merge into {duplicates[0].name}
              </button>
              {' or '}
            </>
          )}
          <button type="button" className="link-button" onClick={() => void submit(null, true)}>
            Add anyway
          </button>
        </div>
      )}
      {formError && (
        <div className="form-error" role="alert">
          {formError}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add lead'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
