// A dataset server that misbehaves on purpose, for tests/hardening/*.test.ts. It is a Koa
// middleware registered in web-test-runner.config.mjs, so the test pages reach it on their own
// origin. It listens only on the test server and on loopback (127.0.0.1) — never anywhere else.
//
//   GET /__fault/data/<fault>/<key>.json[?title=…]   a dataset request, counted per <key>; `title`
//     replaces meta.title and meta.source so tests can tell datasets apart
//     faults: ok, 404, 500, timeout (never answers until the client gives up), invalid-json,
//             schema (valid JSON failing the schema), html (text/html, like a CMS login page),
//             csv (a spreadsheet's export uploaded in place of the JSON),
//             slow (answers after 3 s), delay-<ms> (answers after <ms>), oversized (21 MB streamed
//             without Content-Length), oversized-declared (Content-Length: 21 MB), newer-schema
//             (schemaVersion 2.0), newer-minor (schemaVersion 1.9: a warning, still usable)
//     Once <key> is marked recovered, every fault answers the official dataset.
//   GET /__fault/control?key=K&recovered=1|0    the server "recovers" (or breaks again) for K
//   GET /__fault/count?key=K                    {"count": n} requests seen for K
//   GET /__fault/reset                          forget every key, close the recovery listener
//   GET /__fault/refused                        {"url": "http://127.0.0.1:<closed port>/…"}
//   GET /__fault/refused/listen?on=1|0          start (or stop) a loopback server on that port that
//                                               answers the official dataset with CORS: a refused
//                                               connection that recovers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';

const OFFICIAL_TEXT = readFileSync(new URL('../../data/seoul-wfp-2024-03.json', import.meta.url), 'utf8');
const OFFICIAL = JSON.parse(OFFICIAL_TEXT);

/** Size of the oversized responses: just over the 20 MB limit of src/data/load.ts. */
const OVERSIZED_BYTES = 21 * 1024 * 1024;
const SLOW_MS = 3000;
/** A hung request is answered after this long at the latest, so no socket stays open forever. */
const HANG_CAP_MS = 60_000;

/** @type {Map<string, {count: number, recovered: boolean}>} */
const keys = new Map();
const stateOf = (key) => {
  let state = keys.get(key);
  if (!state) keys.set(key, (state = { count: 0, recovered: false }));
  return state;
};

function datasetText(title) {
  if (!title) return OFFICIAL_TEXT;
  // The title also becomes the source line, which the staffing table prints in its caption.
  return JSON.stringify({ ...OFFICIAL, meta: { ...OFFICIAL.meta, title: { ko: title, en: title }, source: title } });
}

function variant(mutate) {
  const copy = structuredClone(OFFICIAL);
  mutate(copy);
  return JSON.stringify(copy);
}

/** A port on 127.0.0.1 that nothing listens on (asked from the OS, then released). */
async function closedLoopbackPort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let refusedPort = null;
let recoveryServer = null;
let recoveryCount = 0;

async function startRecoveryServer() {
  if (recoveryServer) return;
  recoveryServer = createServer((req, res) => {
    recoveryCount += 1;
    // Cross-origin from the test page (localhost:8000 → 127.0.0.1:<port>); credentials are omitted.
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(OFFICIAL_TEXT);
  });
  await new Promise((resolve, reject) => {
    recoveryServer.once('error', reject);
    recoveryServer.listen(refusedPort, '127.0.0.1', resolve);
  });
}

async function stopRecoveryServer() {
  if (!recoveryServer) return;
  const server = recoveryServer;
  recoveryServer = null;
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(() => resolve()));
}

/** Waits `ms`, or less if the client hangs up first. Resolves true when the client is gone. */
function waitOrHangUp(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function json(ctx, value) {
  ctx.status = 200;
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/** Streams `bytes` bytes of a JSON array of numbers, chunk by chunk, stopping when the client cancels. */
function oversizedStream(bytes) {
  const chunk = Buffer.from('1,'.repeat(32 * 1024));
  let sent = 1;
  return new Readable({
    read() {
      if (sent === 1) {
        this.push('[');
        sent += 1;
        return;
      }
      if (sent >= bytes) {
        this.push('1]');
        this.push(null);
        return;
      }
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

async function answerDataset(ctx, fault, key) {
  const state = stateOf(key);
  state.count += 1;
  ctx.set('cache-control', 'no-store');
  const title = ctx.query.title ? String(ctx.query.title) : '';
  const okBody = () => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = datasetText(title);
  };
  if (state.recovered || fault === 'ok') return okBody();
  const delay = /^delay-(\d+)$/.exec(fault);
  if (delay) {
    if (await waitOrHangUp(ctx, Number(delay[1]))) return;
    return okBody();
  }
  switch (fault) {
    case '404':
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'not found';
      return;
    case '500':
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'internal server error';
      return;
    case 'timeout':
      // Hang until the widget gives up (its timeout aborts the fetch) or the cap passes.
      if (await waitOrHangUp(ctx, HANG_CAP_MS)) return;
      ctx.status = 504;
      ctx.body = 'gave up';
      return;
    case 'invalid-json':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = OFFICIAL_TEXT.slice(0, 500); // cut off mid-file, as a failed upload leaves it
      return;
    case 'schema':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = variant((data) => {
        data.budgetLines[0].budget = -1;
      });
      return;
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Login</title><h1>Please log in</h1>';
      return;
    case 'csv':
      ctx.status = 200;
      ctx.type = 'text/csv';
      ctx.body = '부서,예산,집행\n여성정책담당관,1200000000,300000000\n';
      return;
    case 'xml':
      // A JSON file the server labels as something else (a wrong MIME mapping).
      ctx.status = 200;
      ctx.type = 'application/xml';
      ctx.body = OFFICIAL_TEXT;
      return;
    case 'slow':
      if (await waitOrHangUp(ctx, SLOW_MS)) return;
      return okBody();
    case 'oversized':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = oversizedStream(OVERSIZED_BYTES); // chunked: the limit must be enforced while reading
      return;
    case 'oversized-declared': {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.length = OVERSIZED_BYTES;
      ctx.body = oversizedStream(OVERSIZED_BYTES);
      return;
    }
    case 'newer-schema':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = variant((data) => {
        data.schemaVersion = '2.0';
      });
      return;
    case 'newer-minor':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = variant((data) => {
        data.schemaVersion = '1.9';
      });
      return;
    default:
      ctx.status = 400;
      ctx.body = `unknown fault ${fault}`;
  }
}

/** The Koa middleware (web-test-runner `middleware: [faultServer()]`). */
export function faultServer() {
  return async function faultServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/__fault/')) return next();
    const data = /^\/__fault\/data\/([\w-]+)\/([\w-]+)\.json$/.exec(ctx.path);
    if (data) return answerDataset(ctx, data[1], data[2]);
    const key = String(ctx.query.key ?? '');
    switch (ctx.path) {
      case '/__fault/control': {
        const state = stateOf(key);
        state.recovered = ctx.query.recovered === '1';
        return json(ctx, { key, ...state });
      }
      case '/__fault/count':
        return json(ctx, { key, count: keys.get(key)?.count ?? 0 });
      case '/__fault/reset':
        keys.clear();
        await stopRecoveryServer();
        recoveryCount = 0;
        return json(ctx, { ok: true });
      case '/__fault/refused':
        refusedPort ??= await closedLoopbackPort();
        return json(ctx, { url: `http://127.0.0.1:${refusedPort}/refused.json`, listening: Boolean(recoveryServer), count: recoveryCount });
      case '/__fault/refused/listen':
        refusedPort ??= await closedLoopbackPort();
        if (ctx.query.on === '1') await startRecoveryServer();
        else await stopRecoveryServer();
        return json(ctx, { listening: Boolean(recoveryServer), count: recoveryCount });
      default:
        ctx.status = 404;
        ctx.body = 'unknown fault-server path';
    }
  };
}
