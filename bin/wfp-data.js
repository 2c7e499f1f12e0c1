#!/usr/bin/env node
// wfp-data validate <file.json> [--lang ko|en]
// Checks a dataset against the shared schema: prints each problem as `path: message`, a summary,
// and exits 0 when valid (warnings allowed), 1 when not, 2 on usage errors.
import { readFileSync } from 'node:fs';
import { validateDatasetText } from '../dist/schema.js';

const args = process.argv.slice(2);
const langIndex = args.indexOf('--lang');
const lang = langIndex >= 0 ? args.splice(langIndex, 2)[1] : 'en';
const [command, file] = args;

if (command !== 'validate' || !file || (lang !== 'en' && lang !== 'ko')) {
  console.error('usage: wfp-data validate <file.json> [--lang ko|en]');
  process.exit(2);
}

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read (${error.code ?? error.message})`);
  process.exit(2);
}

const report = validateDatasetText(text, lang);
for (const line of report.lines) console.log(line);
process.exit(report.ok ? 0 : 1);
