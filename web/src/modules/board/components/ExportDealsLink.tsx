import { useSearchParams } from 'react-router';
import { DownloadLink } from '../../../ui/DownloadLink';
import { boardFilterFromParams } from '../utils/boardFilterFromParams';
import { closedZoneDays } from '../utils/closedZoneDays';
import { dealExportHref } from '../utils/dealExportHref';

/**
 * "Export CSV" on the board: the deals the board shows (open, and won or lost within its Won and
 * Lost zones' days) that these filters match, column by column.
 */
export function ExportDealsLink({ pipelineId }: { pipelineId: string }) {
  const [params] = useSearchParams();
  return (
    <DownloadLink
      href={dealExportHref(pipelineId, {
        ...boardFilterFromParams(params),
        closedWithinDays: closedZoneDays,
      })}
      label="Export CSV"
      title={`Download the deals this board shows as a CSV file: the open ones and those won or lost in the last ${closedZoneDays} days, as filtered`}
    />
  );
}
