// The reference for "how fast can Node answer at all": node:http with a fixed small JSON body,
// about the size of /api/health's. Runs as its own process so it shares no event loop.
// With WITH_APP_HEADERS=1 it is a second, unjudged reference: the same answer carrying the headers
// every JSON answer of the app must carry (its security headers and a fresh X-Request-Id), written the
// cheapest way node:http allows (a flat list), so the part of the API's gap that is those
// headers, and not our code, can be read off in the same run.
import { createServer } from 'node:http';
import { DATA_SECURITY_HEADERS, newRequestId } from './api.ts';

const body = JSON.stringify({ status: 'ok' });
const length = String(Buffer.byteLength(body));
const appHeaders = DATA_SECURITY_HEADERS.flat();
const server = createServer(
  process.env.WITH_APP_HEADERS === '1'
    ? (_req, res) => {
        res.writeHead(200, [
          ...appHeaders,
          'X-Request-Id',
          newRequestId(),
          'Content-Type',
          'application/json',
          'Content-Length',
          length,
        ]);
        res.end(body);
      }
    : (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': length });
        res.end(body);
      },
);
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
