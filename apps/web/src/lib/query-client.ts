import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api/read-answer.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again; network blips and 5xx get two retries.
      // A network failure is status 0 (see reach in api/read-answer.ts), and retried like a 5xx.
      retry: (failures, error) =>
        !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});
