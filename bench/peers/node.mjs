// Node.js as a peer for bench/bulk.cpp: CALLS POSTs of BODY to URL, IN_FLIGHT at a time, from one event loop, as
// call_all does from one thread. CLIENT is `fetch` (the WHATWG fetch built into Node, undici) or `http` (the http
// module with a keep-alive agent). A warm-up of 500 calls first, uncounted, so that JIT compilation and the
// connections are not measured. Prints "calls/s CPU-us-per-call failed" on one line; CPU is the process's own
// (process.cpuUsage) over the measured calls.
//   node node.mjs fetch|http URL BODY CALLS IN_FLIGHT
import http from 'node:http';

const [client, url, body, callsText, inFlightText] = process.argv.slice(2);
const calls = Number(callsText);
const inFlight = Number(inFlightText);
const agent = new http.Agent({keepAlive: true, maxSockets: inFlight});

function post() {
  if (client === 'fetch')
    return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body}).then(r => r.text());
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body)},
    }, reply => {
      let text = '';
      reply.setEncoding('utf8');
      reply.on('data', chunk => text += chunk);
      reply.on('end', () => resolve(text));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function run(count) {
  let next = 0;
  let failed = 0;
  async function worker() {
    while (next < count) {
      next++;
      try {
        if (!(await post()).includes('"ErrorCode":0')) failed++;
      } catch {
        failed++;
      }
    }
  }
  await Promise.all(Array.from({length: inFlight}, worker));
  return failed;
}

await run(500);
const cpu = process.cpuUsage();
const start = performance.now();
const failed = await run(calls);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
console.log(`${(calls / seconds).toFixed(0)} ${((used.user + used.system) / calls).toFixed(1)} ${failed}`);
