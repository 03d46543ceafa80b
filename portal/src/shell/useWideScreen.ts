import { useEffect, useState } from 'react';

const QUERY = '(min-width: 768px)';

/** Whether the navigation fits beside the page; below 768 px it opens over it from the header's menu button. */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const changed = () => setWide(media.matches);
    media.addEventListener('change', changed);
    return () => media.removeEventListener('change', changed);
  }, []);
  return wide;
}
