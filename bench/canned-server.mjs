// A canned-response HTTP server for the throughput row, run in its own
// process so that it does not compete with the clients for the event loop.
// Prints its port, then answers POST /v1/task with a fixed JSON body.
import { createServer } from 'node:http';

const body = JSON.stringify({
  data: { id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', name: 'web-scraper', teamId: '3c90c3cc-0d44-4b50-8888-8dd25736052a', latestVersion: 'draft', code: '', language: 'typescript', deleted: false, createdAt: '2026-11-23T00:00:00Z', updatedAt: '2026-11-23T00:00:00Z' },
});
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(String(server.address().port)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
