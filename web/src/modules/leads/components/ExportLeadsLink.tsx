import { useSearchParams } from 'react-router';
import { DownloadLink } from '../../../ui/DownloadLink';
import { leadExportHref } from '../utils/leadExportHref';
import { leadQueryFromParams } from '../utils/leadQueryFromParams';

/** "Export CSV" on the lead table: every lead the filters match, in the table's order. */
export function ExportLeadsLink() {
  const [params] = useSearchParams();
  const { filter, orderBy } = leadQueryFromParams(params);
  return (
    <DownloadLink
      href={leadExportHref(filter, orderBy)}
      label="Export CSV"
      title="Download every lead these filters match, in this order, as a CSV file"
    />
  );
}
