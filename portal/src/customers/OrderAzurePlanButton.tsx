import { useState } from 'react';
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import { CartRegular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorMessage } from '../shell/ErrorMessage';
import { orderAzurePlan } from './customerApi';

interface Props {
  customerId: string;
  country: string;
  onOrdered: () => void;
}

/** Orders an Azure plan after a confirmation (an order cannot be taken back here); the list is read again after. */
export function OrderAzurePlanButton({ customerId, country, onOrdered }: Props) {
  const [open, setOpen] = useState(false);
  const queries = useQueryClient();
  const order = useMutation({
    mutationFn: () => orderAzurePlan(customerId, country),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['customer', customerId, 'subscriptions'] });
      setOpen(false);
      onOrdered();
    },
  });
  const change = (next: boolean) => {
    if (!order.isPending) {
      order.reset();
      setOpen(next);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => change(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<CartRegular />}>
          Order an Azure plan
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Order an Azure plan?</DialogTitle>
          <DialogContent style={{ display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' }}>
            {order.error && <ErrorMessage error={order.error} title="The Azure plan was not ordered" />}
            <Body1>
              The customer gets an Azure plan subscription at once. It costs nothing by itself: the Azure services used under it are billed
              monthly, on usage.
            </Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={order.isPending} onClick={() => order.mutate()}>
              {order.isPending ? 'Ordering…' : 'Place order'}
            </Button>
            <Button disabled={order.isPending} onClick={() => change(false)}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
