import { useState } from 'react';
import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ErrorCircleRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { fetchBytes, saveAs, sha256Hex } from '../download';
import type { ExportPart } from './ExportManifest';

const useStyles = makeStyles({
  box: { display: 'grid', gap: '4px', justifyItems: 'start' },
  line: { display: 'flex', gap: '4px', alignItems: 'center' },
});

type Check = { state: 'idle' } | { state: 'busy' } | { state: 'verified' } | { state: 'mismatch'; actual: string } | { state: 'failed'; message: string };

const GZIP = 'application/gzip';

/**
 * Downloads one part with the token, checks its SHA-256 against the manifest's in the browser, then saves it. A
 * part that does not match is not saved: a damaged file must not pass for a good one.
 */
export function PartDownload({ part }: { part: ExportPart }) {
  const styles = useStyles();
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const download = async () => {
    setCheck({ state: 'busy' });
    try {
      const bytes = await fetchBytes(`/v1${part.downloadLink}`, GZIP);
      const actual = await sha256Hex(bytes);
      if (actual !== part.sha256.toLowerCase()) {
        setCheck({ state: 'mismatch', actual });
        return;
      }
      setCheck({ state: 'verified' });
      saveAs(bytes, GZIP, part.name);
    } catch (failure) {
      setCheck({ state: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  return (
    <div className={styles.box}>
      <Button size="small" icon={<ArrowDownloadRegular />} onClick={() => void download()} disabledFocusable={check.state === 'busy'}>
        {`Download ${part.name}`}
      </Button>
      <Caption1 className={styles.line} role="status" data-part-check={check.state}>
        {check.state === 'busy' && 'Downloading and checking…'}
        {check.state === 'verified' && (<><ShieldCheckmarkRegular aria-hidden />sha256 verified</>)}
        {check.state === 'mismatch' && (<><ErrorCircleRegular aria-hidden />{`sha256 mismatch: expected ${part.sha256}, got ${check.actual}; not saved. Download it again.`}</>)}
        {check.state === 'failed' && (<><ErrorCircleRegular aria-hidden />{check.message}</>)}
      </Caption1>
    </div>
  );
}
