// The framework's floor: the smallest Hono app on @hono/node-server, answering the bare server's
// fixed JSON from one route with no middleware. Not a budget: it shows how much of the gap between
// the API and bare node:http is the framework itself, measured in the same run.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = JSON.stringify({ status: 'ok' });
const app = new Hono().get('/', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
