import { Draggable } from '@hello-pangea/dnd';
import { useEffect, useState } from 'react';
import type { StageSettings_StageFragment } from '../../../__generated__/graphql';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { describeStageRate } from '../../stageRates/utils/describeStageRate';
import { useToast } from '../../../ui/useToast';
import { useDeleteStage } from '../hooks/useDeleteStage';
import { useUpdateStage } from '../hooks/useUpdateStage';
import { parseStageForm, stageUpdateInput, type StageFormValues } from '../utils/parseStageForm';
import { plural } from '../../../lib/plural';

function formOf(stage: StageSettings_StageFragment): StageFormValues {
  return {
    name: stage.name,
    probability: stage.probability == null ? '' : String(Math.round(stage.probability * 1000) / 10),
    rottingDays: stage.handRottingDays == null ? '' : String(stage.handRottingDays),
  };
}

/**
 * One stage in Settings. Won and lost stages have neither a probability (they are 100 % and 0 %)
 * nor rotting days, and the only Won or Lost stage of a pipeline can't be deleted: the server
 * refuses both, so they are not offered.
 */
export function StageRow({
  stage,
  index,
  windowMonths,
  others,
}: {
  stage: StageSettings_StageFragment;
  index: number;
  windowMonths: number;
  others: readonly StageSettings_StageFragment[];
}) {
  const open = stage.kind === 'OPEN';
  const onlyOfKind = !open && !others.some((o) => o.kind === stage.kind);
  const [values, setValues] = useState(() => formOf(stage));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [deleting, setDeleting] = useState(false);
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const { update, loading } = useUpdateStage();
  const { deleteStage, loading: deletingNow } = useDeleteStage();
  const toast = useToast();
  useEffect(() => setValues(formOf(stage)), [stage]);
  const initial = formOf(stage);
  const dirty =
    values.name !== initial.name ||
    values.probability !== initial.probability ||
    values.rottingDays !== initial.rottingDays;
  const set = (key: keyof StageFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const save = async () => {
    const { errors: found, parsed } = parseStageForm(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await update(stage, open ? stageUpdateInput(values, initial, parsed) : { name: parsed.name });
      toast.show(`Saved “${parsed.name}”.`, 'success');
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setErrors(fields);
      else toast.show(`Could not save “${values.name}”. ${errorMessage(error)}`, 'error');
    }
  };

  const remove = async () => {
    try {
      await deleteStage({ variables: { id: stage.id, targetStageId: targetId } });
      toast.show(
        `Deleted “${stage.name}”; its deals moved to “${others.find((o) => o.id === targetId)?.name}”.`,
        'success',
      );
    } catch (error) {
      toast.show(`Could not delete “${stage.name}”. ${errorMessage(error)}`, 'error');
    }
  };

  const label = `stage ${stage.name}`;
  const rate = describeStageRate(stage, windowMonths);
  return (
    <Draggable draggableId={stage.id} index={index}>
      {(provided, snapshot) => (
        <li
          ref={provided.innerRef}
          {...provided.draggableProps}
          className={`stage-row ${snapshot.isDragging ? 'stage-row--dragging' : ''}`}
          data-stage-row={stage.name}
        >
          <span
            className="stage-row__handle"
            {...provided.dragHandleProps}
            aria-label={`Reorder ${label}`}
          >
            ⠿
          </span>
          <div className="stage-row__cell stage-row__cell--name">
            <span className="stage-row__label" aria-hidden="true">
              Name
            </span>
            <input
              value={values.name}
              onChange={set('name')}
              aria-label={`Name of ${label}`}
              aria-invalid={Boolean(errors.name)}
            />
            {errors.name && <span className="field__error">{errors.name}</span>}
            <span className="stage-row__learned">
              {!open && <span className="badge">{stage.kind.toLowerCase()}</span>} {stage.dealCount}{' '}
              deals
            </span>
          </div>
          {open ? (
            <>
              <div className="stage-row__cell">
                <span className="stage-row__label" aria-hidden="true">
                  Probability %
                </span>
                <input
                  type="number"
                  min={0}
                  max={100}
                  value={values.probability}
                  onChange={set('probability')}
                  placeholder="default"
                  aria-label={`Probability % of ${label}`}
                  aria-invalid={Boolean(errors.probability)}
                />
                {errors.probability && <span className="field__error">{errors.probability}</span>}
              </div>
              <div className="stage-row__cell">
                <span className="stage-row__label" aria-hidden="true">
                  Rotting days
                </span>
                <input
                  type="number"
                  min={1}
                  value={values.rottingDays}
                  onChange={set('rottingDays')}
                  placeholder={
                    stage.learnedRottingDays == null
                      ? 'never'
                      : `learned: ${stage.learnedRottingDays}`
                  }
                  title={
                    stage.learnedRottingDays == null
                      ? 'Empty: deals here never rot (too few finished stays to learn from).'
                      : `Empty: the ${stage.learnedRottingDays} days learned from this stage's history are used.`
                  }
                  aria-label={`Rotting days of ${label}`}
                  aria-invalid={Boolean(errors.rottingDays)}
                />
                {errors.rottingDays && <span className="field__error">{errors.rottingDays}</span>}
              </div>
            </>
          ) : (
            <p className="stage-row__closed muted">
              {stage.kind === 'WON'
                ? 'Deals here are won: they count as 100 % and never rot.'
                : 'Deals here are lost: they count as 0 % and never rot.'}
            </p>
          )}
          <div className="stage-row__actions">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={!dirty || loading}
              onClick={() => void save()}
            >
              Save
            </button>
            {!onlyOfKind && (
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => setDeleting((d) => !d)}
                aria-expanded={deleting}
              >
                Delete
              </button>
            )}
          </div>
          {rate && (
            <p className="stage-rate" data-testid="stage-rate">
              {rate}
            </p>
          )}
          {deleting && (
            <div className="delete-box" role="group" aria-label={`Delete ${label}`}>
              {others.length === 0 ? (
                <span>A pipeline needs at least one other stage to move the deals into.</span>
              ) : (
                <>
                  <label>
                    Move its {plural(stage.dealCount, 'deal')} to{' '}
                    <select
                      value={targetId}
                      onChange={(e) => setTargetId(e.target.value)}
                      aria-label="Target stage"
                    >
                      {others.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    disabled={!targetId || deletingNow}
                    onClick={() => void remove()}
                  >
                    Delete “{stage.name}”
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => setDeleting(false)}
                  >
                    Cancel
                  </button>
                </>
              )}
            </div>
          )}
        </li>
      )}
    </Draggable>
  );
}
