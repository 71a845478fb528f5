import { DragDropContext, Droppable, type DropResult } from '@hello-pangea/dnd';
import { NavLink, Navigate } from 'react-router';
import { usePipelineSettingsQuery } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { permissions } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/useCurrentUser';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import { StageRateWindowForm } from '../../stageRates/components/StageRateWindowForm';
import { useReorderStages } from '../hooks/useReorderStages';
import { AddStageForm } from './AddStageForm';
import { ArchivedPipelines } from './ArchivedPipelines';
import { ArchivePipelineAction } from './ArchivePipelineAction';
import { NewPipelineForm } from './NewPipelineForm';
import { RenamePipelineForm } from './RenamePipelineForm';
import { StageRow } from './StageRow';
import { StageSummaryRow } from './StageSummaryRow';

export function PipelineSettings({ pipelineId }: { pipelineId: string | undefined }) {
  const { data, error, refetch } = usePipelineSettingsQuery();
  const reorder = useReorderStages();
  // Stages, pipelines and the rate window are the admins' (the server refuses anyone else).
  const admin = permissions.administer(useCurrentUser());
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const first = data.pipelines[0];
  if (!pipelineId && first) return <Navigate to={`/settings/pipelines/${first.id}`} replace />;
  const pipeline = data.pipelines.find((p) => p.id === pipelineId);
  const stages = [...(pipeline?.stages ?? [])].sort((a, b) => a.order - b.order);

  const onDragEnd = ({ source, destination }: DropResult) => {
    if (!pipeline || !destination || destination.index === source.index) return;
    const ids = stages.map((s) => s.id);
    const [moved] = ids.splice(source.index, 1);
    if (moved) ids.splice(destination.index, 0, moved);
    void reorder(pipeline, ids);
  };

  return (
    <div className="settings-layout">
      <Panel title="Pipelines">
        <nav aria-label="Pipelines">
          <ul className="stage-list">
            {data.pipelines.map((p) => (
              <li key={p.id}>
                <NavLink
                  to={`/settings/pipelines/${p.id}`}
                  className={({ isActive }) =>
                    `sidebar__link settings-link ${isActive ? 'settings-link--active' : ''}`
                  }
                >
                  {p.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {admin && <NewPipelineForm />}
        {admin && <ArchivedPipelines />}
      </Panel>
      {!pipeline ? (
        <EmptyState title="Pick a pipeline" />
      ) : (
        <div className="stack">
          <Panel
            title={`Stages of ${pipeline.name}`}
            actions={
              admin && (
                <div className="filters">
                  <RenamePipelineForm key={pipeline.id} pipeline={pipeline} />
                  <ArchivePipelineAction pipeline={pipeline} />
                </div>
              )
            }
          >
            {!admin ? (
              <>
                <p className="muted" style={{ marginTop: 0 }} data-testid="settings-read-only">
                  Only admins can change pipelines, their stages and how stage rates are learned;
                  ask an admin for a change. Each stage’s rate blends its probability with what this
                  pipeline’s closed deals show.
                </p>
                <ul className="stage-list" data-testid="stage-list">
                  {stages.map((stage) => (
                    <StageSummaryRow
                      key={stage.id}
                      stage={stage}
                      windowMonths={pipeline.stageRateWindowMonths}
                    />
                  ))}
                </ul>
              </>
            ) : (
              <>
                <p className="muted" style={{ marginTop: 0 }}>
                  Drag to reorder (or focus the handle, press Space, use the arrow keys, press
                  Space). Leave a probability blank to start the stage from a default taken from the
                  stages around it; either way it is blended with what this pipeline’s closed deals
                  show.
                </p>
                <DragDropContext onDragEnd={onDragEnd}>
                  <Droppable droppableId="stages">
                    {(provided) => (
                      <ul
                        ref={provided.innerRef}
                        {...provided.droppableProps}
                        className="stage-list"
                        data-testid="stage-list"
                      >
                        {stages.map((stage, index) => (
                          <StageRow
                            key={stage.id}
                            stage={stage}
                            index={index}
                            windowMonths={pipeline.stageRateWindowMonths}
                            others={stages.filter((s) => s.id !== stage.id)}
                          />
                        ))}
                        {provided.placeholder}
                      </ul>
                    )}
                  </Droppable>
                </DragDropContext>
              </>
            )}
          </Panel>
          <Panel title="How stage rates are learned">
            <StageRateWindowForm key={pipeline.id} pipeline={pipeline} readOnly={!admin} />
          </Panel>
          {admin && (
            <Panel title="Add a stage">
              <AddStageForm
                pipelineId={pipeline.id}
                openCount={stages.filter((s) => s.kind === 'OPEN').length}
              />
            </Panel>
          )}
        </div>
      )}
    </div>
  );
}
