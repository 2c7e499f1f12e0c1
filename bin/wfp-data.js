#!/usr/bin/env node
// wfp-data validate <file.json | https://…> [more files] [--lang ko|en]
// Checks datasets against the shared schema: prints each problem as `path: message`, a summary,
// and exits 0 when every file is valid (warnings allowed), 1 when one is not, 2 when one cannot be
// read (or on usage errors). With several files, each report starts with `<file>:`.
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, isDatasetContentType } from '../dist/data.js';
import { formatByteSize } from '../dist/format.js';
import { validateDatasetBytes } from '../dist/schema.js';

const USAGE = `usage: wfp-data validate <file.json | https://…/file.json> [more files] [--lang ko|en]

Checks datasets against the shared schema of seoul-wfp-widgets, as the widgets will.
Exit status: 0 all valid (warnings allowed), 1 a dataset is invalid, 2 a file cannot be read.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const langIndex = args.indexOf('--lang');
const lang = langIndex >= 0 ? args.splice(langIndex, 2)[1] : 'en';
const [command, ...files] = args;

if (command !== 'validate' || files.length === 0 || (lang !== 'en' && lang !== 'ko')) {
  console.error(USAGE);
  process.exit(2);
}

/** Why a file over the limit the widgets apply (src/data/load.ts) cannot be checked; else undefined. */
const overLimit = (bytes) => (bytes > DEFAULT_MAX_BYTES ? `${formatByteSize(bytes)}, over the widgets' limit of ${formatByteSize(DEFAULT_MAX_BYTES)}` : undefined);

/** The file's bytes, or a one-line reason it cannot be checked (the widgets could not use it either). */
async function read(file) {
  try {
    if (/^https?:\/\//i.test(file)) {
      const response = await fetch(file, { signal: AbortSignal.timeout(30_000) });
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
