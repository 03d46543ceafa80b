import { useEffect, useState } from 'react';
import { Field, SearchBox } from '@fluentui/react-components';
import { useSearchParams } from 'react-router-dom';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * The company-name search, kept in the address (`?q=`) so that a search can be shared, reloaded and gone back to;
 * the address follows the box after a pause in typing, so each pause is one request.
 */
export function CustomerSearchBox() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const settled = useDebouncedValue(text);
  useEffect(() => {
    const current = params.get('q') ?? '';
    if (settled.trim() === current) {
      return;
    }
    const next = new URLSearchParams(params);
    if (settled.trim()) {
      next.set('q', settled.trim());
    } else {
      next.delete('q');
    }
    setParams(next, { replace: true });
  }, [settled, params, setParams]);
  return (
    <Field label="Search by company name">
      <SearchBox value={text} onChange={(_, data) => setText(data.value)} placeholder="Starts with…" />
    </Field>
  );
}
