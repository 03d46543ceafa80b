/** billing-service `ExportManifestView`: a finished export and its parts (sha256: lowercase hex of a part's bytes). */
export interface ExportManifest {
  id: string;
  dataFormat: string;
  attributeSet: string;
  createdDateTime: string;
  expirationDateTime: string;
  invoiceId: string | null;
  currencyCode: string;
  rowCount: number;
  partCount: number;
  parts: ExportPart[];
}

export interface ExportPart {
  name: string;
  rowCount: number;
  byteCount: number;
  sha256: string;
  /** Relative to /v1, as every link of the API. */
  downloadLink: string;
}
