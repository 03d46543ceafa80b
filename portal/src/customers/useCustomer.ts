import { useOutletContext } from 'react-router-dom';
import type { Customer } from './types';

/** The customer the detail page loaded, for its tabs (each tab is a child route of the page). */
export function useCustomer(): Customer {
  return useOutletContext<Customer>();
}
