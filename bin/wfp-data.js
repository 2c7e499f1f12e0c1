#!/usr/bin/env node
// wfp-data validate <file.json | https://…> [more files] [--lang ko|en] [--origin https://portal]
// Checks datasets against the shared schema: prints each problem as `path: message`, a summary,
// and exits 0 when every file is valid (warnings allowed), 1 when one is not, 2 when one cannot be
// read (or on usage errors). With several files, each report starts with `<file>:`.
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, isDatasetContentType } from '../dist/data.js';
import { formatByteSize } from '../dist/format.js';
import { validateDatasetBytes } from '../dist/schema.js';

const USAGE = `usage: wfp-data validate <file.json | https://…/file.json> [more files] [--lang ko|en] [--origin https://your-portal]

Checks datasets against the shared schema of seoul-wfp-widgets, as the widgets will.
--origin  for a URL: also check that a page on that site may read it, as the widgets' browsers
          will (CORS: Access-Control-Allow-Origin; an https page cannot read http:// data).
Exit status: 0 all valid (warnings allowed), 1 a dataset is invalid, 2 a file cannot be read.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
/** Takes `--name value` out of the arguments: the value, null when absent, undefined when it has none. */
function option(name) {
  const index = args.indexOf(name);
  return index < 0 ? null : args.splice(index, 2)[1];
}
const langArgument = option('--lang');
const lang = langArgument === null ? 'en' : langArgument;
const originArgument = option('--origin');
const origin = originArgument === null ? null : portalOrigin(originArgument);
const [command, ...files] = args;

if (origin === undefined) {
  console.error(`--origin "${originArgument ?? ''}" is not a web address: give the portal's, like https://www.gangseo.seoul.kr\n\n${USAGE}`);
  process.exit(2);
}
if (command !== 'validate' || files.length === 0 || (lang !== 'en' && lang !== 'ko')) {
  console.error(USAGE);
  process.exit(2);
}

/** "https://www.gangseo.seoul.kr/some/page" → "https://www.gangseo.seoul.kr"; undefined if not an http(s) URL. */
function portalOrigin(text) {
  try {
    const url = new URL(text ?? '');
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The statuses fetch follows (a 300 with a Location reaches the page as it is). */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `url` as the widgets' browser would from a page on `origin` (a simple GET without
 * credentials), after the Fetch standard: once a request has left the portal's site, every later
 * response, redirects included and even one back on the portal's site, must allow the page with
 * Access-Control-Allow-Origin ("*" suffices); a redirect from another site to any other (the
 * portal's included) makes the browser send "Origin: null"; an https page reads no http:// URL
 * (mixed content). Returns the final response, or why the browser would refuse it.
 */
async function fetchAsPortal(url) {
  let current = new URL(url);
  let tainted = false;
  let crossed = false;
  for (let hop = 0; hop <= 20; hop += 1) {
    if (new URL(origin).protocol === 'https:' && current.protocol === 'http:') {
      return { refused: `a page on ${origin} cannot read ${current.href}: http:// data on an https:// page (mixed content); serve the file over https://` };
    }
    crossed ||= current.origin !== origin;
    const sentOrigin = tainted ? 'null' : origin;
    // Browsers send no Origin on a same-origin GET.
    const headers = crossed ? { origin: sentOrigin } : {};
    const response = await fetch(current, { signal: AbortSignal.timeout(30_000), headers, redirect: 'manual' });
    const redirect = REDIRECTS.has(response.status) && response.headers.has('location');
    if (redirect) await response.body?.cancel();
    // A wrong path is the first thing to fix, whatever the headers (the page would only see a failure).
    if (!redirect && !response.ok) return { response };
    const allowed = response.headers.get('access-control-allow-origin');
    if (crossed && allowed !== '*' && allowed !== sentOrigin) {
      await response.body?.cancel();
      const sent = allowed === null ? 'sends no Access-Control-Allow-Origin' : `allows only "${allowed}"`;
      const what = redirect ? `the redirect from ${current.href}` : 'the file';
      if (tainted) {
        return {
          refused: `a page on ${origin} may not read it: after a redirect between two other sites the browser sends "Origin: null", and ${current.host} ${sent}; link the final address (${current.href}) directly, or have it send "Access-Control-Allow-Origin: *"`,
        };
      }
      return { refused: `a page on ${origin} may not read it: the server ${sent}; it must send "Access-Control-Allow-Origin: ${origin}" (or "*") with ${what}` };
    }
    if (!redirect) return { response };
    const next = new URL(response.headers.get('location'), current);
    // The Fetch standard's "tainted origin": a redirect elsewhere from a site that is not the portal's.
    if (current.origin !== origin && next.origin !== current.origin) tainted = true;
    current = next;
  }
  return { refused: 'more than 20 redirects' };
}

/** Why a file over the limit the widgets apply (src/data/load.ts) cannot be checked; else undefined. */
const overLimit = (bytes) => (bytes > DEFAULT_MAX_BYTES ? `${formatByteSize(bytes)}, over the widgets' limit of ${formatByteSize(DEFAULT_MAX_BYTES)}` : undefined);

/** The file's bytes, or a one-line reason it cannot be checked (the widgets could not use it either). */
async function read(file) {
  try {
    if (/^https?:\/\//i.test(file)) {
      const { response, refused } = origin ? await fetchAsPortal(file) : { response: await fetch(file, { signal: AbortSignal.timeout(30_000) }) };
      // A refused answer is all the page would get: not even its status.
      if (refused) return { error: refused };
      if (!response.ok) return { error: `HTTP ${response.status}` };
      // As the widgets will: they refuse a file served as a web page (a wrong path, a login page).
      const type = response.headers.get('content-type');
      if (!isDatasetContentType(type)) return { error: `served as "${type}", which the widgets refuse; serve it as application/json` };
      const declared = Number(response.headers.get('content-length'));
      if (overLimit(declared)) return { error: overLimit(declared) };
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (overLimit(bytes.length)) return { error: overLimit(bytes.length) };
      return { bytes };
    }
    const { size } = statSync(file);
    if (overLimit(size)) return { error: overLimit(size) };
    return { bytes: readFileSync(file) };
  } catch (error) {
    return { error: error.code ?? error.cause?.code ?? error.message };
  }
}

let status = 0;
const localFiles = files.filter((file) => !/^https?:\/\//i.test(file));
if (origin && localFiles.length > 0) {
  console.error(`note: --origin checks files read over the web; ${localFiles.join(', ')} ${localFiles.length === 1 ? 'is' : 'are'} read from disk (upload, then check the URL)`);
}
for (const file of files) {
  if (files.length > 1) console.log(`${file}:`);
  const { bytes, error } = await read(file);
  if (error !== undefined) {
    console.error(`${file}: cannot read (${error})`);
    status = 2;
    continue;
  }
  const report = validateDatasetBytes(bytes, lang);
  for (const line of report.lines) console.log(line);
  if (!report.ok) status = Math.max(status, 1);
}
process.exit(status);
