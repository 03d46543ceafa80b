import { ErrorMessage } from '../../shell/ErrorMessage';
import type { RoleRefusal } from './memberApi';
import { roleLabel } from './roles';

/** Each refused role change with the API's description of why, which tells the admin what to do instead. */
export function RoleRefusals({ refusals, title }: { refusals: RoleRefusal[]; title?: string }) {
  return (
    <>
      {title && <p>{title}.</p>}
      {refusals.map((refusal) => (
        <ErrorMessage
          key={`${refusal.change}-${refusal.role}`}
          error={refusal.error}
          title={`${roleLabel(refusal.role)} was not ${refusal.change === 'grant' ? 'granted' : 'revoked'}`}
        />
      ))}
    </>
  );
}
