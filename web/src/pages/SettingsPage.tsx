import { useParams } from 'react-router';
import { PipelineSettings } from '../modules/settings/components/PipelineSettings';
import { PageHeader } from '../ui/PageHeader';

export function SettingsPage() {
  const { pipelineId } = useParams();
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Pipelines and their stages. Lead routing rules and automations get their own settings in a later release."
      />
      <PipelineSettings pipelineId={pipelineId} />
    </>
  );
}
