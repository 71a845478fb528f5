import { useSearchParams } from 'react-router';
import { DownloadLink } from '../../../ui/DownloadLink';
import { boardFilterFromParams } from '../utils/boardFilterFromParams';
import { dealExportHref } from '../utils/dealExportHref';

/** "Export CSV" on the board: the pipeline's deals these filters match, column by column. */
export function ExportDealsLink({ pipelineId }: { pipelineId: string }) {
  const [params] = useSearchParams();
  return (
    <DownloadLink
      href={dealExportHref(pipelineId, boardFilterFromParams(params))}
      label="Export CSV"
      title="Download this pipeline's deals these filters match as a CSV file"
    />
  );
}
