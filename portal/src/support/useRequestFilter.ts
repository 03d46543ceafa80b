import { useSearchParams } from 'react-router-dom';
import { SEVERITY_LABELS, STATUS_LABELS } from './labels';
import type { Severity, Status } from './ServiceRequest';
import type { RequestFilter } from './serviceRequestApi';

/**
 * The list's filter lives in the address (`?status=open&severity=critical`), so a link such as the home page's "open
 * requests" tile can open the list filtered, and the browser's back button returns to the same view.
 */
export function useRequestFilter(): [RequestFilter, (filter: RequestFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const severity = params.get('severity') ?? '';
  const filter: RequestFilter = {
    status: status in STATUS_LABELS ? (status as Status) : '',
    severity: severity in SEVERITY_LABELS ? (severity as Severity) : '',
  };
  const setFilter = (next: RequestFilter) => {
    const query = new URLSearchParams();
    if (next.status) {
      query.set('status', next.status);
    }
    if (next.severity) {
      query.set('severity', next.severity);
    }
    setParams(query, { replace: true });
  };
  return [filter, setFilter];
}
