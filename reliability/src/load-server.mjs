// A loopback server on its own thread for the load runs: sharing the client's event loop would put
// the server's work in the client's latency tail. Plain JS so it runs in a worker without a loader.
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { routes } = workerData; // [{ method, path, status, headers, body }] — the first match answers
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.method === req.method && r.path === path);
    if (!route) return res.writeHead(599).end();
    res.writeHead(route.status, route.headers).end(route.body);
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', (m) => {
  if (m === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
