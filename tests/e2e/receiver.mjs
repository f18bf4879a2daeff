// A small test receiver for referral submissions on 127.0.0.1 (issue 5). It records every request
// exactly (method, path, headers, body) and answers as the test tells it to:
//   'created'  201 {"reference": "NSCP-…"} with CORS headers (the default)
//   'rejected' 422, 'server-error' 503, 'garbage' 201 with a body that is not the acknowledgement,
//   'hang' never answers (the app times out), 'no-cors' 201 but no CORS headers (the browser
//   refuses the answer).
// A repeated Idempotency-Key gets the same reference again (200), as a real receiver should.
import { createServer } from 'node:http';

export async function startReceiver() {
  const requests = [];
  const references = new Map();
  const hanging = [];
  let mode = 'created';
  let appOrigin = '*';
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method, path: req.url, headers: { ...req.headers }, body, mode });
      const cors = mode === 'no-cors' ? {} : {
        'access-control-allow-origin': appOrigin,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, idempotency-key',
        'access-control-max-age': '0',
        vary: 'Origin',
      };
      if (req.method === 'OPTIONS') { res.writeHead(204, cors).end(); return; }
      if (req.method !== 'POST') { res.writeHead(405, cors).end(); return; }
      switch (mode) {
        case 'hang': hanging.push(res); return;
        case 'rejected': res.writeHead(422, { ...cors, 'content-type': 'application/json' }).end('{"error":"missing field"}'); return;
        case 'server-error': res.writeHead(503, { ...cors, 'content-type': 'text/plain' }).end('unavailable'); return;
        case 'garbage': res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end('<html>not json'); return;
        default: {
          const key = req.headers['idempotency-key'];
          const repeat = references.has(key);
          if (!repeat) references.set(key, `NSCP-${String(references.size + 1).padStart(4, '0')}`);
          res.writeHead(repeat ? 200 : 201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ reference: references.get(key) }));
        }
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    endpoint: `${origin}/referrals`,
    requests,
    posts: () => requests.filter((r) => r.method === 'POST'),
    setMode(next) { mode = next; },
    allowOrigin(origin) { appOrigin = origin; },
    reset() { requests.length = 0; mode = 'created'; },
    close: () => { for (const res of hanging) res.destroy(); server.closeAllConnections?.(); return new Promise((resolve) => server.close(resolve)); },
  };
}
