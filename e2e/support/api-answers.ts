// The API's answers as the routes type them (AppType through hono/client), for the browser tests
// that read an answer to check the page against it: no shape is written by hand.
import type { AppType } from '@hamgen/api';
import type { hc, InferResponseType } from 'hono/client';

type Api = ReturnType<typeof hc<AppType>>['api'];

export type OverviewAnswer = InferResponseType<Api['stats']['overview']['$get'], 200>;
export type ByProvinceAnswer = InferResponseType<Api['stats']['by-province']['$get'], 200>;
export type OrganizationsAnswer = InferResponseType<Api['organizations']['$get'], 200>;
