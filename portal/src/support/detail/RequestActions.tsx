import { useState, type ReactElement } from 'react';
import { Button } from '@fluentui/react-components';
import { ArrowUpRegular, CheckmarkRegular, NoteAddRegular } from '@fluentui/react-icons';
import { useMe } from '../../me/MeProvider';
import type { ServiceRequest } from '../ServiceRequest';
import { allowedActions, textAction, type ActionName } from './requestActions';
import { TextActionDialog } from './TextActionDialog';

const BUTTONS: Record<ActionName, { label: string; icon: ReactElement }> = {
  note: { label: 'Add note', icon: <NoteAddRegular /> },
  escalate: { label: 'Escalate', icon: <ArrowUpRegular /> },
  close: { label: 'Close request', icon: <CheckmarkRegular /> },
};

/** The request's actions the caller may take in its current state; each opens a dialog. */
export function RequestActions({ request }: { request: ServiceRequest }) {
  const { can } = useMe();
  const [open, setOpen] = useState<ActionName>();
  const actions = allowedActions(request, can);
  if (actions.length === 0) {
    return null;
  }
  return (
    <>
      {actions.map((name) => (
        <Button key={name} appearance={name === 'note' ? 'primary' : 'secondary'} icon={BUTTONS[name].icon} onClick={() => setOpen(name)}>
          {BUTTONS[name].label}
        </Button>
      ))}
      {open && <TextActionDialog action={textAction(open, request)} requestId={request.id} onClose={() => setOpen(undefined)} />}
    </>
  );
}
