import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

/**
 * A Fluent link that navigates inside the app: one real <a href>. Fluent's Link as="span" around a router Link makes
 * a focusable span around an anchor (axe: nested-interactive, serious).
 */
export function RouterLink({ to, children }: { to: string; children: ReactNode }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <Link href={href} onClick={onClick}>
      {children}
    </Link>
  );
}
