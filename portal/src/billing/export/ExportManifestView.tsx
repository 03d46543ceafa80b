import { useQuery } from '@tanstack/react-query';
import { Body1 } from '@fluentui/react-components';
import { api } from '../../api/client';
import { ErrorMessage } from '../../shell/ErrorMessage';
import { Loading } from '../../shell/Loading';
import type { ExportManifest } from './ExportManifest';
import { ExportPartsTable } from './ExportPartsTable';
import { formatNumber, formatUtcDate } from '../../shell/format';

/** The finished export (its manifest, at the operation's resourceLocation) and its parts to download. */
export function ExportManifestView({ location }: { location: string }) {
  const manifest = useQuery({ queryKey: ['billing', 'export', location], queryFn: () => api<ExportManifest>(`/v1${location}`) });
  if (manifest.isPending) {
    return <Loading label="Loading the export's manifest…" />;
  }
  if (manifest.error) {
    return <ErrorMessage error={manifest.error} title="The export's manifest could not be loaded" />;
  }
  const export_ = manifest.data;
  return (
    <>
      <Body1 data-export-id={export_.id}>
        {`${formatNumber(export_.rowCount)} rows in ${export_.partCount} part${export_.partCount === 1 ? '' : 's'} (${export_.dataFormat}, ${export_.attributeSet} attributes), available until ${formatUtcDate(export_.expirationDateTime)}.`}
      </Body1>
      {export_.parts.length === 0 ? (
        <Body1>The invoice has no usage line item, so the export has no part to download.</Body1>
      ) : (
        <ExportPartsTable parts={export_.parts} />
      )}
    </>
  );
}
