/** What the gateway tells the portal at run time (`GET /portal-config.json`), so one build serves every deployment. */
export interface PortalConfig {
  /** The OpenID Connect authority, e.g. `https://login.microsoftonline.com/organizations/v2.0`. */
  authority: string;
  /** The portal's app registration; null when the operator has not configured sign-in. */
  clientId: string | null;
  /** The scopes asked for: the API's `user_impersonation` and `openid profile offline_access`. */
  scope: string;
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/portal-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`The portal's settings could not be read (HTTP ${response.status}).`);
  }
  return (await response.json()) as PortalConfig;
}
