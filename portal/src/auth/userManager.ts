import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { PortalConfig } from '../config';

export const CALLBACK_PATH = '/signin-callback';

/**
 * Authorization code with PKCE against the configured authority. Tokens and the sign-in state live in session
 * storage (gone with the tab, never a cookie); the refresh token renews the access token before it expires.
 * With Azure AD's multi-tenant `organizations` authority the discovered issuer is the `{tenantid}` template, not
 * the user's tenant: the portal does not validate tokens (the gateway does, against each tenant's issuer), so the
 * client takes the metadata as published and never compares issuers.
 */
export function userManager(config: PortalConfig & { clientId: string }): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.scope,
    loadUserInfo: false,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}
