import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api/ApiError';
import { App } from './App';
import { AuthProvider, SIGNED_OUT_PATH } from './auth/AuthProvider';
import { SignedOut } from './auth/SignedOut';
import { SignInProblem } from './auth/SignInProblem';
import { userManager } from './auth/userManager';
import { loadConfig } from './config';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change on a retry; a network blip or a 5xx may.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

function Portal({ body }: { body: React.ReactNode }) {
  return (
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <QueryClientProvider client={queries}>{body}</QueryClientProvider>
      </FluentProvider>
    </StrictMode>
  );
}

async function start() {
  const root = createRoot(document.getElementById('root')!);
  if (window.location.pathname === SIGNED_OUT_PATH) {
    root.render(<Portal body={<SignedOut />} />);
    return;
  }
  try {
    const config = await loadConfig();
    if (!config.clientId) {
      root.render(<Portal body={<SignInProblem message="Sign-in is not configured: the operator sets the portal's app registration (PC_PORTAL_CLIENT_ID) on the gateway." />} />);
      return;
    }
    const manager = userManager({ ...config, clientId: config.clientId });
    root.render(<Portal body={<AuthProvider manager={manager}><App /></AuthProvider>} />);
  } catch (failure) {
    root.render(<Portal body={<SignInProblem message={(failure as Error).message} />} />);
  }
}

void start();
