/**
 * Who is signed in. Asks /api/auth/me on start; the login page calls `login`, which keeps
 * the CSRF token for later state-changing requests. Any 401 from the API signs the user out.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error';
import { api, hasCsrfToken, setCsrfToken, UNAUTHENTICATED_EVENT } from '../api/client';
import type { Role, User } from '../api/types';

interface Auth {
  /** undefined while the first /me answer is pending; null when signed out. */
  user: User | null | undefined;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    if (!hasCsrfToken()) {
      // Never signed in here: skip the /me round trip (and its 401) and show the login page.
      setUser(null);
    } else
      api
        .get<User>('/api/auth/me')
        .then((me) => live && setUser(me))
        .catch((err: unknown) => {
          if (!(err instanceof ApiError) || err.status !== 401) console.warn('checking the session failed', err);
          if (live) setUser(null);
        });
    const signedOut = () => setUser(null);
    window.addEventListener(UNAUTHENTICATED_EVENT, signedOut);
    return () => {
      live = false;
      window.removeEventListener(UNAUTHENTICATED_EVENT, signedOut);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await api.post<{ user: User; csrfToken: string }>('/api/auth/login', { username, password });
    setCsrfToken(answer.csrfToken);
    setUser(answer.user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo<Auth>(
    () => ({
      user,
      login,
      logout,
      hasRole: (...roles) => !!user && user.roles.some((r) => r === 'admin' || roles.includes(r)),
    }),
    [user, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for pages rendered behind the login gate. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
