// The validator CLI as a district would run it, against the built package (npm test builds first).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { lineAndColumn } from '../../src/schema/json-syntax.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BY_PATH, eachField, type JsonSchemaNode } from '../../src/schema/field-descriptions.js';

const cli = (...args: string[]) => spawnSync('node', ['bin/wfp-data.js', ...args], { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'wfp-cli-'));

test('validate accepts the official dataset and exits 0', () => {
  const result = cli('validate', 'data/seoul-wfp-2024-03.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^valid \(1 warning\)$/m);
  assert.match(result.stdout, /\$\.programs\[\d+\]\.budget\.funding: funding shares add up to 50%/);
});

test('the example a district starts from (examples/district-minimal.json, in the README) is valid with no warning', () => {
  const result = cli('validate', 'examples/district-minimal.json', '--lang', 'ko');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(result.stdout.trim(), '유효합니다 (경고 0건)');
});

test('validate says a file saved as EUC-KR or UTF-16 (Korean Windows defaults) must be saved as UTF-8; UTF-8 with a byte-order mark is fine', () => {
  const text = readFileSync('examples/district-minimal.json', 'utf8');
  const [before, after] = text.split('가상구 여성가족과 예산 (예시)') as [string, string];
  // 가상구 in EUC-KR: valid JSON still, but every Hangul name would read as replacement characters.
  const eucKr = Buffer.concat([Buffer.from(before), Buffer.from([0xb0, 0xa1, 0xbb, 0xf3, 0xb1, 0xb8]), Buffer.from(after)]);
  const files = { 'euc-kr.json': eucKr, 'utf-16.json': Buffer.from(`\ufeff${text}`, 'utf16le'), 'utf-8-bom.json': Buffer.from(`\ufeff${text}`) };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(scratch, name), bytes);
  const eucResult = cli('validate', join(scratch, 'euc-kr.json'), '--lang', 'ko');
  assert.equal(eucResult.status, 1);
  assert.match(eucResult.stdout, /^\$: 파일이 UTF-8로 저장되어 있지 않습니다\(추정: EUC-KR\)\. 편집기에서 UTF-8로 다시 저장하세요\./m);
  const utf16Result = cli('validate', join(scratch, 'utf-16.json'));
  assert.equal(utf16Result.status, 1);
  assert.match(utf16Result.stdout, /^\$: the file is not saved as UTF-8 \(it looks like UTF-16\); save it again as UTF-8 in your editor/m);
  const bomResult = cli('validate', join(scratch, 'utf-8-bom.json'));
  assert.equal(bomResult.status, 0, bomResult.stdout);
});

test('validate rejects a broken file with path: message lines and exits 1', () => {
  const data = JSON.parse(readFileSync('data/seoul-wfp-2024-03.json', 'utf8'));
  data.budgetLines[0].budget = -5;
  data.facilities[0].district = '강서구';
  const file = join(scratch, 'broken.json');
  writeFileSync(file, JSON.stringify(data));
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^\$\.budgetLines\[0\]\.budget: must not be negative \[negative\]$/m);
  assert.match(result.stdout, /^invalid: 1 error, 0 warnings$/m);
});

test('validate reports reference problems in Korean with --lang ko', () => {
  const data = JSON.parse(readFileSync('data/seoul-wfp-2024-03.json', 'utf8'));
  data.facilities[0].district = '강서구';
  const file = join(scratch, 'district.json');
  writeFileSync(file, JSON.stringify(data));
  const result = cli('validate', file, '--lang', 'ko');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /\$\.facilities\[0\]\.district: 알 수 없는 자치구 "강서구"입니다 \(올바른 아이디: "gangseo", 강서구\)/);
  assert.match(result.stdout, /유효하지 않습니다: 오류 1건/);
});

test('validate explains JSON syntax errors, unreadable files and bad usage', () => {
  const file = join(scratch, 'syntax.json');
  writeFileSync(file, '{"schemaVersion": "1.0",');
  const syntax = cli('validate', file);
  assert.equal(syntax.status, 1);
  assert.match(syntax.stdout, /^\$: JSON syntax error/m);
  // A comma left after the last item on line 3: the CLI points at the comma and says what to do, with
  // the text around it; the parser's own message has neither.
  const trailing = join(scratch, 'trailing.json');
  writeFileSync(trailing, '{\n  "schemaVersion": "1.0",\n  "meta": {},\n}');
  assert.match(
    cli('validate', trailing).stdout,
    /^\$: JSON syntax error at line 3, column 13: a comma is left before a closing bracket; remove the comma after the last item — near: "meta": \{\}, \[invalid-format\]$/m,
  );
  assert.match(cli('validate', trailing, '--lang', 'ko').stdout, /^\$: JSON 문법 오류, 3번째 줄 13번째 글자: 닫는 괄호 앞에 쉼표\(,\)가 남아 있습니다\. 마지막 항목 뒤의 쉼표를 지우세요 — 이 부분: "meta": \{\}, \[invalid-format\]$/m);
  // Thousands separators, the mistake of anyone copying amounts from a spreadsheet.
  const separators = join(scratch, 'separators.json');
  writeFileSync(separators, '{\n  "budget": 1,234,000\n}');
  assert.match(cli('validate', separators).stdout, /at line 2, column 14: numbers cannot have thousands separators; write 1234000, not 1,234,000/);
  // A message that quotes the text around the error stays on one line.
  const quoted = join(scratch, 'quoted.json');
  writeFileSync(quoted, '{"a":\n}');
  const lines = cli('validate', quoted).stdout.trim().split('\n');
  assert.equal(lines.length, 2, lines.join(' | '));
  const missing = cli('validate', join(scratch, 'nope.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read \(no such file, ENOENT\)/);
  // In the language asked for, like the problems.
  assert.match(cli('validate', join(scratch, 'nope.json'), '--lang', 'ko').stderr, /nope\.json: 읽을 수 없습니다 \(파일이 없습니다, ENOENT\)$/m);
  assert.match(cli('validate', scratch, '--lang', 'ko').stderr, /읽을 수 없습니다 \(파일이 아니라 폴더입니다, EISDIR\)/);
  assert.match(cli('validate', 'package.json/data.json', '--lang', 'ko').stderr, /읽을 수 없습니다 \(경로 중간에 폴더가 아닌 파일이 있습니다, ENOTDIR\)/);
  assert.equal(cli('check').status, 2);
});

test('a usage mistake is named before the usage text; --lang=ko is read like --lang ko', () => {
  const cases: Array<[args: string[], says: RegExp]> = [
    [['valdiate', 'examples/district-minimal.json'], /^unknown command "valdiate": the command is "validate"\n\nusage: /],
    [['validate', 'examples/district-minimal.json', '--lang', 'kr'], /^--lang "kr" is not a language the messages come in: ko or en\n/],
    [['validate'], /^no file to check: name a \.json file or an https:\/\/ address after "validate"\n/],
    [[], /^no command: write "validate" and the file\n/],
    // The file written as --lang's value: say so, not "no file to check".
    [['validate', '--lang', 'my-district.json'], /^--lang takes ko or en, and "my-district\.json" looks like the file: write --lang ko before or after it\n/],
    // With --lang ko, the mistake is named in Korean.
    [['validate', '--lang', 'ko'], /^검사할 파일이 없습니다: "validate" 뒤에 \.json 파일이나 https:\/\/ 주소를 쓰세요\n/],
    [['valdiate', 'x.json', '--lang', 'ko'], /^알 수 없는 명령 "valdiate": 명령은 "validate"입니다\n/],
    [['validate', 'x.json', '--origin', 'foo', '--lang', 'ko'], /^웹 주소가 아닙니다: --origin "foo"\. 누리집 주소를 쓰세요/],
  ];
  for (const [args, says] of cases) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, says, args.join(' '));
  }
  const joined = cli('validate', 'examples/district-minimal.json', '--lang=ko');
  assert.equal(joined.status, 0, joined.stdout + joined.stderr);
  assert.equal(joined.stdout.trim(), '유효합니다 (경고 0건)');
});

test('validate checks every file named (a CI step with *.json), and exits with the worst status', () => {
  const data = JSON.parse(readFileSync('data/seoul-wfp-2024-03.json', 'utf8'));
  data.budgetLines[0].budget = -5;
  const broken = join(scratch, 'second-broken.json');
  writeFileSync(broken, JSON.stringify(data));
  const result = cli('validate', 'data/seoul-wfp-2024-03.json', broken);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^data\/seoul-wfp-2024-03\.json:$/m);
  assert.match(result.stdout, /^valid \(1 warning\)$/m);
  assert.match(result.stdout, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:$`, 'm'));
  assert.match(result.stdout, /^invalid: 1 error, 0 warnings$/m);
  assert.equal(cli('validate', broken, join(scratch, 'nope.json')).status, 2);
});

test('validate refuses a file over the widgets\' 20 MB limit, which they would refuse too', () => {
  const big = join(scratch, 'big.json');
  writeFileSync(big, readFileSync('data/seoul-wfp-2024-03.json', 'utf8').replace(/\}\s*$/, `${' '.repeat(21 * 1024 * 1024)}}`));
  const result = cli('validate', big);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /cannot read \(21\.\d MB, over the widgets' limit of 20 MB\)/);
  assert.match(cli('validate', big, '--lang', 'ko').stderr, /읽을 수 없습니다 \(크기가 21\.\d MB로 위젯 한도\(20 MB\)를 넘습니다\)/);
  // One byte over reads "20 MB" like the limit: then both are given in bytes.
  writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
  assert.match(cli('validate', big).stderr, /cannot read \(20,971,521 bytes, over the widgets' limit of 20,971,520 bytes\)/);
  assert.match(cli('validate', big, '--lang', 'ko').stderr, /읽을 수 없습니다 \(크기가 20,971,521바이트로 위젯 한도\(20,971,520바이트\)를 넘습니다\)/);
});

test('validate warns of a key written twice in one object, which the widgets read as the later value', () => {
  const text = readFileSync('examples/district-minimal.json', 'utf8').replace('"printedRate": 50', '"printedRate": 40, "printedRate": 50');
  assert.ok(text.includes('"printedRate": 40, "printedRate": 50'), 'the example has the key to repeat');
  const file = join(scratch, 'duplicate-key.json');
  writeFileSync(file, text);
  const line = text.slice(0, text.indexOf('"printedRate": 50')).split('\n').length;
  const result = cli('validate', file);
  assert.equal(result.status, 0, 'a warning: the file still works');
  assert.match(result.stdout, new RegExp(`^\\$\\.budgetLines\\[0\\]\\.printedRate: "printedRate" is written twice in one object \\(line ${line}, column \\d+\\); the widgets use only the later value: delete one \\[duplicate-key, warning\\]$`, 'm'));
  assert.match(result.stdout, /^valid \(1 warning\)$/m);
  assert.match(cli('validate', file, '--lang', 'ko').stdout, /같은 객체에 같은 키가 두 번 있습니다: "printedRate"\(\d+행 \d+열\)/);
  // Columns count characters, as the syntax errors do: a family emoji and a syllable typed as three
  // letters before the key are one column each, on a minified (one-line) file too.
  const data = JSON.parse(readFileSync('examples/district-minimal.json', 'utf8'));
  data.meta.title.ko = `👩‍👩‍👧‍👦 ${'\u1100\u1161'}`;
  const minified = JSON.stringify(data).replace('"printedRate":50', '"printedRate":40,"printedRate":50');
  writeFileSync(file, minified);
  const at = minified.indexOf('"printedRate":50');
  const { column } = lineAndColumn(minified, at);
  assert.match(cli('validate', file).stdout, new RegExp(`\\(line 1, column ${column}\\)`));
  assert.ok(column < at + 1, 'characters, not UTF-16 units');
});

test('validate prints every line of a long report to a pipe, the summary last', () => {
  // 3,000 warnings, half a megabyte: more than a pipe holds, which process.exit() used to cut off.
  const text = readFileSync('examples/district-minimal.json', 'utf8').replace('"printedRate": 50', `${'"printedRate": 50, '.repeat(3000)}"printedRate": 50`);
  const file = join(scratch, 'long-report.json');
  writeFileSync(file, text);
  const result = cli('validate', file);
  assert.equal(result.status, 0);
  const lines = result.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3001);
  assert.equal(lines.at(-1), 'valid (3000 warnings)');
});

test('validate names UTF-16 without a byte-order mark, also after a blank first line', () => {
  const text = readFileSync('examples/district-minimal.json', 'utf8');
  for (const [name, bytes] of [
    ['utf-16le-newline.json', Buffer.from(`\n${text}`, 'utf16le')],
    ['utf-16be-spaces.json', Buffer.from(`  \r\n${text}`, 'utf16le').swap16()],
  ] as const) {
    const file = join(scratch, name);
    writeFileSync(file, bytes);
    const result = cli('validate', file);
    assert.equal(result.status, 1, name);
    assert.match(result.stdout, /^\$: the file is not saved as UTF-8 \(it looks like UTF-16\)/m, name);
  }
});

test('validate fetches a dataset by URL', async () => {
  const body = readFileSync('data/seoul-wfp-2024-03.json');
  const server = createServer((request, response) => {
    if (request.url === '/data.json') response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    // A server's answer to a wrong path: its start page, with 200.
    else if (request.url === '/typo.json') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>구청</title>');
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const run = (path: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn('node', ['bin/wfp-data.js', 'validate', `http://127.0.0.1:${port}${path}`]);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const ok = await run('/data.json');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^valid \(1 warning\)$/m);
    const missing = await run('/missing.json');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read \(HTTP 404, not found\)/);
    const page = await run('/typo.json');
    assert.equal(page.status, 2);
    assert.match(page.stderr, /cannot read \(served as "text\/html; charset=utf-8", which the widgets refuse; serve it as application\/json\)/);
  } finally {
    server.close();
  }
});

test('validate --origin checks that a page on the portal may read the file (CORS, mixed content), as the widgets\' browsers will', async () => {
  const body = readFileSync('data/seoul-wfp-2024-03.json');
  const origins: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    origins.push(request.headers.origin);
    const allow: Record<string, string> = { '/open.json': '*', '/gangseo.json': 'http://www.gangseo.seoul.kr', '/other.json': 'http://www.mapo.go.kr' };
    const value = allow[request.url ?? ''];
    if (request.url === '/missing.json') return void response.writeHead(404).end();
    // A file moved: the redirect itself must allow the portal too, as browsers require.
    if (request.url === '/moved.json') return void response.writeHead(302, { location: '/open.json' }).end();
    if (request.url === '/moved-open.json') return void response.writeHead(302, { location: '/open.json', 'access-control-allow-origin': '*' }).end();
    // Not a redirect fetch follows: the page gets the 300 itself.
    if (request.url === '/choices.json') return void response.writeHead(300, { location: '/open.json', 'access-control-allow-origin': '*' }).end();
    response.writeHead(200, { 'content-type': 'application/json', ...(value && { 'access-control-allow-origin': value }) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const run = (path: string, origin: string, lang = 'en') =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('node', ['bin/wfp-data.js', 'validate', `http://127.0.0.1:${port}${path}`, '--origin', origin, '--lang', lang]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  try {
    // The portal's address as copied from the browser, path and all: its origin is what is sent.
    // (The test server is plain http, so the portal is too: an https one could not read it at all.)
    for (const path of ['/open.json', '/gangseo.json']) {
      const ok = await run(path, 'http://www.gangseo.seoul.kr/portal/index.do');
      assert.equal(ok.status, 0, `${path}: ${ok.stderr}`);
      assert.match(ok.stdout, /^valid/m);
    }
    assert.equal(origins.at(-1), 'http://www.gangseo.seoul.kr');
    const other = await run('/other.json', 'http://www.gangseo.seoul.kr');
    assert.equal(other.status, 2);
    assert.match(
      other.stderr,
      /cannot read \(a page on http:\/\/www\.gangseo\.seoul\.kr may not read it: the server allows only "http:\/\/www\.mapo\.go\.kr"; it must send "Access-Control-Allow-Origin: http:\/\/www\.gangseo\.seoul\.kr" \(or "\*"\) with the file\)/,
    );
    assert.match(
      (await run('/other.json', 'http://www.gangseo.seoul.kr', 'ko')).stderr,
      /읽을 수 없습니다 \(http:\/\/www\.gangseo\.seoul\.kr의 페이지는 이 파일을 읽을 수 없습니다: 서버가 "http:\/\/www\.mapo\.go\.kr"만 허용합니다\. 파일 응답에 "Access-Control-Allow-Origin: http:\/\/www\.gangseo\.seoul\.kr"\(또는 "\*"\) 헤더를 함께 보내야 합니다\)/,
    );
    const none = await run('/none.json', 'http://localhost:8080');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /may not read it: the server sends no Access-Control-Allow-Origin/);
    // An https portal cannot read http:// data at all, whatever the server allows.
    const mixed = await run('/open.json', 'https://www.gangseo.seoul.kr');
    assert.equal(mixed.status, 2);
    assert.match(mixed.stderr, /cannot read http:\/\/127\.0\.0\.1:\d+\/open\.json: http:\/\/ data on an https:\/\/ page \(mixed content\); serve the file over https:\/\//);
    assert.match((await run('/open.json', 'https://www.gangseo.seoul.kr', 'ko')).stderr, /https:\/\/ 페이지에서는 http:\/\/ 데이터를 읽지 못합니다\(혼합 콘텐츠\)\. 파일을 https:\/\/로 제공하세요/);
    const moved = await run('/moved.json', 'http://www.gangseo.seoul.kr');
    assert.equal(moved.status, 2);
    assert.match(moved.stderr, /the server sends no Access-Control-Allow-Origin; it must send "Access-Control-Allow-Origin: http:\/\/www\.gangseo\.seoul\.kr" \(or "\*"\) with the redirect from http:\/\/127\.0\.0\.1:\d+\/moved\.json/);
    assert.equal((await run('/moved-open.json', 'http://www.gangseo.seoul.kr')).status, 0);
    assert.match((await run('/choices.json', 'http://www.gangseo.seoul.kr')).stderr, /cannot read \(HTTP 300\)/);
    // A wrong path is reported as such, not as CORS.
    assert.match((await run('/missing.json', 'http://localhost:8080')).stderr, /cannot read \(HTTP 404, not found\)/);
    // The portal's own site needs no CORS.
    assert.equal((await run('/none.json', `http://127.0.0.1:${port}`)).status, 0);
    // A file on another site that redirects back to the portal's own: the browser then sends
    // "Origin: null", and the portal's answer needs CORS too (the Fetch standard's tainted origin).
    const elsewhere = createServer((_request, response) => response.writeHead(302, { location: `http://127.0.0.1:${port}/none.json`, 'access-control-allow-origin': '*' }).end());
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const back = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn('node', ['bin/wfp-data.js', 'validate', `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/back`, '--origin', `http://127.0.0.1:${port}`]);
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stderr }));
      });
      assert.equal(back.status, 2);
      assert.match(back.stderr, /after a redirect between two other sites the browser sends "Origin: null", and 127\.0\.0\.1:\d+ sends no Access-Control-Allow-Origin; link the final address/);
      assert.equal(origins.at(-1), 'null');
    } finally {
      elsewhere.close();
    }
    const schemeless = cli('validate', 'data/seoul-wfp-2024-03.json', '--origin', 'gangseo.seoul.kr');
    assert.equal(schemeless.status, 2, 'an origin without a scheme is a usage error');
    assert.match(schemeless.stderr, /^--origin "gangseo\.seoul\.kr" is not a web address: give the portal's, like https:\/\/www\.gangseo\.seoul\.kr/m);
    const local = cli('validate', 'data/seoul-wfp-2024-03.json', '--origin', 'https://www.gangseo.seoul.kr');
    assert.equal(local.status, 0);
    assert.match(local.stderr, /^note: --origin checks files read over the web; data\/seoul-wfp-2024-03\.json is read from disk/m);
    const noLang = cli('validate', 'data/seoul-wfp-2024-03.json', '--lang');
    assert.equal(noLang.status, 2, '--lang without a value is a usage error');
    assert.match(noLang.stderr, /^--lang "" is not a language the messages come in: ko or en\n\nusage:/);
  } finally {
    server.close();
  }
});

test('--help prints the usage on stdout and exits 0', () => {
  for (const flag of ['--help', '-h']) {
    const result = cli(flag);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^usage: wfp-data validate/);
  }
  assert.equal(cli('validate', '--help').status, 0);
});

test('the JSON Schema is generated from the valibot schema', () => {
  const schema = JSON.parse(readFileSync('dist/wfp-dataset.schema.json', 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['schemaVersion', 'meta']);
  const line = schema.properties.budgetLines.items;
  assert.deepEqual(line.properties.budget.type, 'integer');
  assert.ok(line.required.includes('departmentId'));
});

test('the JSON Schema refuses months and days no calendar has, as the checker does', () => {
  const schema = JSON.parse(readFileSync('dist/wfp-dataset.schema.json', 'utf8'));
  const asOf = new RegExp(schema.properties.meta.properties.asOf.pattern, 'u');
  const when = new RegExp(schema.properties.programs.items.properties.plans.items.properties.when.pattern, 'u');
  for (const date of ['2024', '2024-03', '2024-03-31', '2024-12-01']) assert.ok(asOf.test(date), date);
  for (const date of ['2024-13', '2024-00', '2024-03-32', '2024-03-00', '24-03']) assert.ok(!asOf.test(date), date);
  for (const period of ['2024-04/2024-05', '../2024-06', '2024-12/..', '{2024-06,2024-11}']) assert.ok(when.test(period), period);
  for (const period of ['2024-13/2024-14', '{2024-06,2024-13}', '../2024-00']) assert.ok(!when.test(period), period);
});

test('the JSON Schema describes every field and lists the 25 district ids, for editors that check a district\'s file', () => {
  const schema = JSON.parse(readFileSync('dist/wfp-dataset.schema.json', 'utf8')) as JsonSchemaNode;
  const paths: string[] = [];
  const undescribed: string[] = [];
  eachField(schema, (path, _name, field) => {
    paths.push(path);
    if (!field.description) undescribed.push(path);
  });
  assert.ok(paths.length > 150, `${paths.length} fields`);
  assert.deepEqual(undescribed, []);
  // A description for a field renamed or removed would silently describe nothing.
  assert.deepEqual(Object.keys(BY_PATH).filter((path) => !paths.includes(path)), []);
  const districts = schema.properties!['programs']!.items!.properties!['districts']!;
  assert.match(districts.description!, /leave out for a program that runs citywide/);
  assert.equal(districts.items!.enum!.length, 25);
  assert.ok(districts.items!.enum!.includes('gangseo'));
  const facilityDistrict = schema.properties!['facilities']!.items!.properties!['district']!.anyOf!;
  assert.deepEqual(facilityDistrict.map((option) => [option.type, option.enum?.length]), [['string', 25], ['null', undefined]]);
});
