import { send } from '../api/client';

/** Reads a file from the API with the bearer token (a plain link would not carry it), as bytes. */
export async function fetchBytes(path: string, accept: string): Promise<ArrayBuffer> {
  // The API's refusals are JSON whatever the file's type, so JSON is accepted too.
  const response = await send(path, { headers: { Accept: `${accept}, application/json;q=0.5` } });
  return response.arrayBuffer();
}

/** Hands bytes to the browser as a download named `name`, through an object URL released right after. */
export function saveAs(bytes: ArrayBuffer, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Lowercase hex SHA-256, as the export manifest writes it; crypto.subtle exists on HTTPS and localhost only. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  if (!crypto?.subtle) {
    throw new Error('This browser cannot check the file here: sha256 needs the portal on HTTPS (or localhost).');
  }
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
