// The validator CLI as a district would run it, against the built package (npm test builds first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = (...args: string[]) => spawnSync('node', ['bin/wfp-data.js', ...args], { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'wfp-cli-'));

test('validate accepts the official dataset and exits 0', () => {
  const result = cli('validate', 'data/seoul-wfp-2024-03.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^valid \(1 warning\)$/m);
  assert.match(result.stdout, /\$\.programs\[\d+\]\.budget\.funding: funding shares add up to 50%/);
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
  assert.match(result.stdout, /\$\.facilities\[0\]\.district: 알 수 없는 자치구 "강서구"입니다 \("gangseo"를 쓰세요\)/);
  assert.match(result.stdout, /유효하지 않습니다: 오류 1건/);
});

test('validate explains JSON syntax errors, unreadable files and bad usage', () => {
  const file = join(scratch, 'syntax.json');
  writeFileSync(file, '{"schemaVersion": "1.0",');
  const syntax = cli('validate', file);
  assert.equal(syntax.status, 1);
  assert.match(syntax.stdout, /^\$: JSON syntax error/m);
  const missing = cli('validate', join(scratch, 'nope.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read \(ENOENT\)/);
  assert.equal(cli('check').status, 2);
});

test('the JSON Schema is generated from the valibot schema', () => {
  const schema = JSON.parse(readFileSync('dist/wfp-dataset.schema.json', 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['schemaVersion', 'meta']);
  const line = schema.properties.budgetLines.items;
  assert.deepEqual(line.properties.budget.type, 'integer');
  assert.ok(line.required.includes('departmentId'));
});
