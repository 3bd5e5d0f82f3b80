// Fixed-rate (or unlimited) load on one endpoint with autocannon, every request for a different account.
// node load.js <url> <ratePerSecond|max> <seconds> <connections> <user:password> <out.json>
'use strict';
const autocannon = require('autocannon');
const fs = require('fs');
const [url, rate, seconds, connections, credentials, out] = process.argv.slice(2);
let n = 0;
const body = () => JSON.stringify({
  accountId: 'LOAD-' + (n++ % 200000),
  daysPastDue: 1 + (n % 120),
  overdueAmount: 100 + (n % 9000),
  outstandingBalance: 20000,
  riskGrade: n % 10 === 0 ? 'HIGH' : 'LOW',
  customer: { addressVerified: true, phoneReachable: true },
  contacts: [{ channel: 'SMS', at: '2026-11-20T10:00:00+08:00', outcome: 'DELIVERED' }]
});
const options = {
  url,
  connections: Number(connections),
  duration: Number(seconds),
  headers: {
    'content-type': 'application/json',
    authorization: 'Basic ' + Buffer.from(credentials).toString('base64')
  },
  requests: [{ method: 'POST', setupRequest: (req) => { req.body = body(); return req; } }]
};
if (rate !== 'max') {
  options.overallRate = Number(rate);
}
autocannon(options, (err, result) => {
  if (err) { console.error(err); process.exit(1); }
  fs.writeFileSync(out, JSON.stringify(result, null, 1));
  const l = result.latency;
  console.log(`${url} rate=${rate} ${seconds}s: ${result.requests.average.toFixed(0)} req/s, ` +
    `p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms, ` +
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, total ${result.requests.total}`);
});
