import type { ReactNode } from 'react';
import type { DealFormOptionsQuery } from '../../../__generated__/lazy';
import { Field } from '../../../ui/Field';
import { withPipeline, type NewDealValues } from '../utils/newDealValues';
import { DATE_INPUT_LIMITS } from '../../../lib/dateInputLimits';

/**
 * The fields a new deal is made of, shared by "New deal" and converting a lead: title, value and
 * currency, pipeline and stage (open stages only), owner, expected close. `children` go after the
 * title (the new-deal form's customer picker).
 */
export function NewDealFields({
  id,
  values,
  onChange,
  errors,
  options,
  titleHint,
  children,
}: {
  id: string;
  values: NewDealValues;
  onChange: (values: NewDealValues) => void;
  errors: Record<string, string>;
  options: DealFormOptionsQuery;
  titleHint?: string;
  children?: ReactNode;
}) {
  const set = (key: keyof NewDealValues) => (e: { target: { value: string } }) =>
    onChange({ ...values, [key]: e.target.value });
  const invalid = (key: string) => ({
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': errors[key] ? `${id}-${key}-error` : undefined,
  });
  const pipeline = options.pipelines.find((p) => p.id === values.pipelineId);
  return (
    <div className="form-grid new-deal__grid">
      <Field
        id={`${id}-title`}
        label="Title"
        error={errors.title}
        {...(titleHint ? { hint: titleHint } : {})}
      >
        <input
          id={`${id}-title`}
          value={values.title}
          onChange={set('title')}
          {...invalid('title')}
          aria-describedby={
            errors.title ? `${id}-title-error` : titleHint ? `${id}-title-hint` : undefined
          }
        />
      </Field>
      {children}
      <Field id={`${id}-value`} label="Value" error={errors.value}>
        <input
          id={`${id}-value`}
          inputMode="decimal"
          value={values.value}
          onChange={set('value')}
          {...invalid('value')}
        />
      </Field>
      <Field id={`${id}-currency`} label="Currency" error={errors.currency}>
        <input
          id={`${id}-currency`}
          value={values.currency}
          maxLength={3}
          autoCapitalize="characters"
          onChange={(e) => onChange({ ...values, currency: e.target.value.toUpperCase() })}
          {...invalid('currency')}
        />
      </Field>
      <Field id={`${id}-pipelineId`} label="Pipeline" error={errors.pipelineId}>
        <select
          id={`${id}-pipelineId`}
          value={values.pipelineId}
          onChange={(e) => onChange(withPipeline(values, options.pipelines, e.target.value))}
          {...invalid('pipelineId')}
        >
          {options.pipelines.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-stageId`} label="Stage" error={errors.stageId}>
        <select
          id={`${id}-stageId`}
          value={values.stageId}
          onChange={set('stageId')}
          {...invalid('stageId')}
        >
          {pipeline?.stages
            .filter((s) => s.kind === 'OPEN')
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
      </Field>
      <Field id={`${id}-ownerId`} label="Owner" error={errors.ownerId}>
        <select
          id={`${id}-ownerId`}
          value={values.ownerId}
          onChange={set('ownerId')}
          {...invalid('ownerId')}
        >
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.id === options.me?.id ? ' (you)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${id}-expectedCloseDate`}
        label="Expected close (optional)"
        error={errors.expectedCloseDate}
      >
        <input
          id={`${id}-expectedCloseDate`}
          type="date"
          value={values.expectedCloseDate}
          min={DATE_INPUT_LIMITS.min}
          max={DATE_INPUT_LIMITS.max}
          onChange={set('expectedCloseDate')}
          {...invalid('expectedCloseDate')}
        />
      </Field>
    </div>
  );
}
