import { useEffect, useState } from 'react';
import { Field, SearchBox } from '@fluentui/react-components';
import { useSearchParams } from 'react-router-dom';
import { useDebouncedValue } from '../shell/useDebouncedValue';

/**
 * The company-name search, kept in the address (`?q=`) so that a search can be shared, reloaded and gone back to;
 * the address follows the box after a pause in typing (one request per pause), and the box follows the address
 * when navigation changes it (the Customers link clears the search).
 */
export function CustomerSearchBox() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (q !== text.trim()) {
      setText(q);
    }
  }
  const settled = useDebouncedValue(text);
  useEffect(() => {
    // Until the debounce catches up with the box, `settled` may still hold a search the address has dropped.
    const wanted = settled.trim();
    if (settled !== text || wanted === q) {
      return;
    }
    const next = new URLSearchParams(params);
    if (wanted) {
      next.set('q', wanted);
    } else {
      next.delete('q');
    }
    setParams(next, { replace: true });
  }, [settled, text, q, params, setParams]);
  return (
    <Field label="Search by company name">
      <SearchBox value={text} onChange={(_, data) => setText(data.value)} placeholder="Starts with…" />
    </Field>
  );
}
