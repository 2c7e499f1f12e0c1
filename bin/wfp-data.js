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
/**
 * Takes `--name value` or `--name=value` out of the arguments: the value, null when absent,
 * undefined when it has none.
 */
function option(name) {
  const joined = args.findIndex((arg) => arg.startsWith(`${name}=`));
  if (joined >= 0) return args.splice(joined, 1)[0].slice(name.length + 1);
  const index = args.indexOf(name);
  return index < 0 ? null : args.splice(index, 2)[1];
}
const langArgument = option('--lang');
const lang = langArgument === null ? 'en' : langArgument;
const originArgument = option('--origin');
const origin = originArgument === null ? null : portalOrigin(originArgument);
const [command, ...files] = args;

// Each usage mistake is named before the usage text ("valdiate", "--lang kr", no file), in Korean
// when --lang ko was given.
const ko = lang === 'ko';
if (origin === undefined) {
  const given = originArgument ?? '';
  console.error(
    `${ko ? `웹 주소가 아닙니다: --origin "${given}". 누리집 주소를 쓰세요(예: https://www.gangseo.seoul.kr)` : `--origin "${given}" is not a web address: give the portal's, like https://www.gangseo.seoul.kr`}\n\n${USAGE}`,
  );
  process.exit(2);
}
const langMistake =
  lang !== 'en' && !ko
    ? /[./\\]/.test(lang ?? '')
      ? `--lang takes ko or en, and "${lang}" looks like the file: write --lang ko before or after it`
      : `--lang "${lang ?? ''}" is not a language the messages come in: ko or en`
    : null;
const mistake =
  command !== 'validate'
    ? command === undefined
      ? ko ? '명령이 없습니다: "validate"와 파일을 쓰세요' : 'no command: write "validate" and the file'
      : ko ? `알 수 없는 명령 "${command}": 명령은 "validate"입니다` : `unknown command "${command}": the command is "validate"`
    : (langMistake ??
      (files.length === 0
        ? ko ? '검사할 파일이 없습니다: "validate" 뒤에 .json 파일이나 https:// 주소를 쓰세요' : 'no file to check: name a .json file or an https:// address after "validate"'
        : null));
if (mistake) {
  console.error(`${mistake}\n\n${USAGE}`);
  process.exit(2);
}

/** Why a file cannot be checked, in the language of `--lang` (as the problems themselves are). */
const SAYS = {
  en: {
    cannotRead: (file, why) => `${file}: cannot read (${why})`,
    mixedContent: (page, url) => `a page on ${page} cannot read ${url}: http:// data on an https:// page (mixed content); serve the file over https://`,
    sendsNone: 'sends no Access-Control-Allow-Origin',
    allowsOnly: (allowed) => `allows only "${allowed}"`,
    theRedirect: (url) => `the redirect from ${url}`,
    theFile: 'the file',
    nullOrigin: (page, host, sent, url) =>
      `a page on ${page} may not read it: after a redirect between two other sites the browser sends "Origin: null", and ${host} ${sent}; link the final address (${url}) directly, or have it send "Access-Control-Allow-Origin: *"`,
    cors: (page, sent, what) => `a page on ${page} may not read it: the server ${sent}; it must send "Access-Control-Allow-Origin: ${page}" (or "*") with ${what}`,
    redirects: 'more than 20 redirects',
    contentType: (type) => `served as "${type}", which the widgets refuse; serve it as application/json`,
    overLimit: (size, limit) => `${size}, over the widgets' limit of ${limit}`,
    bytes: (count) => `${count.toLocaleString('en')} bytes`,
    http: (status) => `HTTP ${status}${status === 404 ? ', not found' : ''}`,
    codes: {
      ENOENT: 'no such file',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EISDIR: 'a folder, not a file',
      EACCES: 'no permission to read it',
      ERR_INVALID_URL: 'not a valid web address',
      ENOTFOUND: 'no server by that name',
      EAI_AGAIN: 'the server name could not be looked up; check the network',
      ECONNREFUSED: 'the server refused the connection',
      ECONNRESET: 'the server closed the connection',
      UND_ERR_CONNECT_TIMEOUT: 'no connection within 10 s',
      TimeoutError: 'no answer within 30 s',
      // Browsers often complete a chain the server sends incomplete; Node and many checkers do not.
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server sends an incomplete certificate chain; add the intermediate certificate to it',
      CERT_HAS_EXPIRED: 'the server\'s certificate has expired',
      DEPTH_ZERO_SELF_SIGNED_CERT: 'the server\'s certificate is self-signed; browsers will refuse it too',
      ERR_TLS_CERT_ALTNAME_INVALID: 'the server\'s certificate is for another name',
    },
    localWithOrigin: (names, count) => `note: --origin checks files read over the web; ${names} ${count === 1 ? 'is' : 'are'} read from disk (upload, then check the URL)`,
  },
  ko: {
    cannotRead: (file, why) => `${file}: 읽을 수 없습니다 (${why})`,
    mixedContent: (page, url) => `${page}의 페이지는 ${url}을(를) 읽을 수 없습니다: https:// 페이지에서는 http:// 데이터를 읽지 못합니다(혼합 콘텐츠). 파일을 https://로 제공하세요`,
    sendsNone: 'Access-Control-Allow-Origin을 보내지 않습니다',
    allowsOnly: (allowed) => `"${allowed}"만 허용합니다`,
    theRedirect: (url) => `${url}에서 오는 리디렉션 응답`,
    theFile: '파일 응답',
    nullOrigin: (page, host, sent, url) =>
      `${page}의 페이지는 이 파일을 읽을 수 없습니다: 다른 두 사이트 사이의 리디렉션 뒤에는 브라우저가 "Origin: null"을 보내는데, ${host} 서버는 ${sent}. 최종 주소(${url})를 직접 쓰거나, 그 서버가 "Access-Control-Allow-Origin: *"을 보내게 하세요`,
    cors: (page, sent, what) => `${page}의 페이지는 이 파일을 읽을 수 없습니다: 서버가 ${sent}. ${what}에 "Access-Control-Allow-Origin: ${page}"(또는 "*") 헤더를 함께 보내야 합니다`,
    redirects: '리디렉션이 20번을 넘습니다',
    contentType: (type) => `"${type}" 형식으로 전송되어 위젯이 거부합니다. application/json으로 제공하세요`,
    overLimit: (size, limit) => `크기가 ${size}로 위젯 한도(${limit})를 넘습니다`,
    bytes: (count) => `${count.toLocaleString('en')}바이트`,
    http: (status) => `HTTP ${status}${status === 404 ? ', 파일 없음' : ''}`,
    codes: {
      ENOENT: '파일이 없습니다',
      ENOTDIR: '경로 중간에 폴더가 아닌 파일이 있습니다',
      EISDIR: '파일이 아니라 폴더입니다',
      EACCES: '읽을 권한이 없습니다',
      ERR_INVALID_URL: '올바른 웹 주소가 아닙니다',
      ENOTFOUND: '서버 주소를 찾을 수 없습니다',
      EAI_AGAIN: '서버 주소를 확인하지 못했습니다. 네트워크를 확인하세요',
      ECONNREFUSED: '서버가 연결을 거부했습니다',
      ECONNRESET: '서버가 연결을 끊었습니다',
      UND_ERR_CONNECT_TIMEOUT: '10초 안에 연결되지 않았습니다',
      TimeoutError: '30초 안에 응답이 없습니다',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: '서버가 인증서 체인을 다 보내지 않습니다. 서버에 중간 인증서를 추가하세요',
      CERT_HAS_EXPIRED: '서버 인증서가 만료되었습니다',
      DEPTH_ZERO_SELF_SIGNED_CERT: '서버 인증서가 자체 서명되어 브라우저도 거부합니다',
      ERR_TLS_CERT_ALTNAME_INVALID: '서버 인증서가 다른 주소의 것입니다',
    },
    localWithOrigin: (names) => `참고: --origin은 웹으로 읽는 파일을 검사합니다. ${names}은(는) 디스크에서 읽습니다(올린 뒤 URL을 검사하세요)`,
  },
}[lang];

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
      return { refused: SAYS.mixedContent(origin, current.href) };
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
      const sent = allowed === null ? SAYS.sendsNone : SAYS.allowsOnly(allowed);
      const what = redirect ? SAYS.theRedirect(current.href) : SAYS.theFile;
      if (tainted) return { refused: SAYS.nullOrigin(origin, current.host, sent, current.href) };
      return { refused: SAYS.cors(origin, sent, what) };
    }
    if (!redirect) return { response };
    const next = new URL(response.headers.get('location'), current);
    // The Fetch standard's "tainted origin": a redirect elsewhere from a site that is not the portal's.
    if (current.origin !== origin && next.origin !== current.origin) tainted = true;
    current = next;
  }
  return { refused: SAYS.redirects };
}

/** Why a file over the limit the widgets apply (src/data/load.ts) cannot be checked; else undefined. */
const overLimit = (bytes) => {
  if (bytes <= DEFAULT_MAX_BYTES) return undefined;
  const [size, limit] = [bytes, DEFAULT_MAX_BYTES].map(formatByteSize);
  // A file just over the limit reads "20 MB" like the limit: then both in bytes.
  return size === limit ? SAYS.overLimit(SAYS.bytes(bytes), SAYS.bytes(DEFAULT_MAX_BYTES)) : SAYS.overLimit(size, limit);
};

/** The file's bytes, or a one-line reason it cannot be checked (the widgets could not use it either). */
async function read(file) {
  try {
    if (/^https?:\/\//i.test(file)) {
      const { response, refused } = origin ? await fetchAsPortal(file) : { response: await fetch(file, { signal: AbortSignal.timeout(30_000) }) };
      // A refused answer is all the page would get: not even its status.
      if (refused) return { error: refused };
      if (!response.ok) return { error: SAYS.http(response.status) };
      // As the widgets will: they refuse a file served as a web page (a wrong path, a login page).
      const type = response.headers.get('content-type');
      if (!isDatasetContentType(type)) return { error: SAYS.contentType(type) };
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
    // The system's code ("ENOENT") stays beside the words, for searching and for support.
    // (A timeout is a DOMException, whose numeric `code` says nothing: its name does.)
    const code = [error.code, error.cause?.code, error.name].find((name) => typeof name === 'string' && Object.hasOwn(SAYS.codes, name));
    if (code) return { error: `${SAYS.codes[code]}, ${code}` };
    return { error: [error.code, error.cause?.code].find((name) => typeof name === 'string') ?? error.message };
  }
}

let status = 0;
const localFiles = files.filter((file) => !/^https?:\/\//i.test(file));
if (origin && localFiles.length > 0) {
  console.error(SAYS.localWithOrigin(localFiles.join(', '), localFiles.length));
}
for (const file of files) {
  if (files.length > 1) console.log(`${file}:`);
  const { bytes, error } = await read(file);
  if (error !== undefined) {
    console.error(SAYS.cannotRead(file, error));
    status = 2;
    continue;
  }
  const report = validateDatasetBytes(bytes, lang);
  // One write per report: a line each made 20,000 writes for a file with as many problems.
  process.stdout.write(`${report.lines.join('\n')}\n`);
  if (!report.ok) status = Math.max(status, 1);
}
// Exit once stdout has taken everything: process.exit() right away dropped what a pipe had not
// read yet, so a CI log of a file with thousands of problems lost its end and the summary line.
process.stdout.write('', () => process.exit(status));
