/** `AuditRecordView`: one change made through the API, in the real AuditRecord shape. */
export interface AuditRecord {
  id: string;
  customerId: string | null;
  /** Null when unknown or not the reader's to see. */
  customerName: string | null;
  userPrincipalName: string | null;
  applicationId: string | null;
  /** The SDKs' ResourceType vocabulary; `undefined` for our resources the SDKs lack. */
  resourceType: string;
  operationType: string;
  operationStatus: 'succeeded' | 'failed' | string;
  customizedData: { key: string; value: string }[];
  httpStatus: number;
  operationDate: string;
  correlationId: string | null;
}

/** "add_customer" → "Add customer": the wire's snake case read as words. */
export function words(wire: string): string {
  const text = wire.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The precise operation: `operationType` is `undefined` for every change the SDKs have no name for, so the
 * gateway names it in `customizedData` under OperationName.
 */
export function operationName(record: AuditRecord): string {
  const named = record.customizedData?.find((entry) => entry.key === 'OperationName')?.value;
  return words(named ?? record.operationType);
}
