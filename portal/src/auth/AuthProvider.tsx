import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { setTokenSource } from '../api/client';
import { CALLBACK_PATH } from './userManager';
import { Loading } from '../shell/Loading';
import { SignInProblem } from './SignInProblem';

export const SIGNED_OUT_PATH = '/signed-out';

interface Auth {
  user: User;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth outside AuthProvider');
  }
  return auth;
}

interface ReturnState {
  returnTo?: string;
}

/** Whoever is not signed in is sent to the authority, and comes back to the page they asked for. */
async function signedInUser(manager: UserManager): Promise<User | null> {
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await manager.signinRedirectCallback();
    const returnTo = (user.state as ReturnState | undefined)?.returnTo ?? '/';
    window.history.replaceState(null, '', returnTo.startsWith('/') ? returnTo : '/');
    return user;
  }
  const stored = await manager.getUser();
  if (stored && !stored.expired) {
    return stored;
  }
  if (stored?.refresh_token) {
    try {
      return await manager.signinSilent();
    } catch {
      // The refresh token was revoked or expired: sign in again below.
    }
  }
  const returnTo = window.location.pathname + window.location.search;
  await manager.signinRedirect({ state: { returnTo } satisfies ReturnState });
  return null;
}

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setTokenSource(async () => {
      const current = await manager.getUser();
      const fresh = current && !current.expired ? current : await manager.signinSilent();
      if (!fresh) {
        throw new Error('The sign-in expired: reload the page to sign in again.');
      }
      return fresh.access_token;
    });
    const renewed = (next: User) => setUser(next);
    manager.events.addUserLoaded(renewed);
    signedInUser(manager).then(setUser, (failure: Error) => setProblem(failure.message));
    return () => manager.events.removeUserLoaded(renewed);
  }, [manager]);

  if (problem) {
    return <SignInProblem message={problem} />;
  }
  if (!user) {
    return <Loading label="Signing you in…" />;
  }
  const signOut = async () => {
    const idTokenHint = user.id_token;
    await manager.removeUser();
    await manager.signoutRedirect({
      id_token_hint: idTokenHint,
      post_logout_redirect_uri: `${window.location.origin}${SIGNED_OUT_PATH}`,
    });
  };
  return <AuthContext.Provider value={{ user, signOut }}>{children}</AuthContext.Provider>;
}
