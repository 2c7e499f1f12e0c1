// What the build ships, checked on dist/ (npm test builds first): the official dataset's digest the
// widgets trust, and the CSS minification of Lit's css`…` literals.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { minifyCssLiterals, minifyCssText } from '../../scripts/minify-css-literals.mjs';
import { sha256Hex, shippedDatasetBytes } from '../../scripts/official-dataset.mjs';
import { parseDataset } from '../../src/schema/parse.js';

test('the shipped official dataset passes the full validator, and skipping it changes nothing', () => {
  const shipped = readFileSync('dist/cdn/seoul-wfp-2024-03.json');
  assert.deepEqual(shipped, shippedDatasetBytes());
  const input = JSON.parse(shipped.toString('utf8'));
  const result = parseDataset(input);
  assert.ok(result.ok, 'official dataset valid');
  // valibot's object schemas drop unknown keys: an equal output means the widgets, which use the
  // file as fetched when its digest matches, see exactly what validation would have produced.
  assert.deepEqual(result.dataset, input);
});

test('both builds compile in the SHA-256 of the dataset file they ship beside the code', () => {
  for (const dir of ['dist', 'dist/cdn']) {
    const digest = sha256Hex(readFileSync(`${dir}/seoul-wfp-2024-03.json`));
    const code = readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
    assert.ok(code.some((source) => source.includes(digest)), `${dir}: digest ${digest} not found in the code`);
  }
});

test('the CDN file leaves the validator to a lazily imported file beside it', () => {
  const cdn = readFileSync('dist/cdn/wfp-widgets.js', 'utf8');
  const chunk = readdirSync('dist/cdn').find((name) => /^parse-.*\.js$/.test(name));
  assert.ok(chunk, 'dist/cdn/parse-*.js exists');
  assert.ok(cdn.includes(`import("./${chunk}")`) || cdn.includes(`import(\`./${chunk}\`)`), 'imported with import()');
  assert.doesNotMatch(cdn, new RegExp(`from\\s*["']\\./${chunk}`), 'not imported statically');
  assert.doesNotMatch(cdn, /must be a phone number like/, 'the schema messages are not in the CDN file');
});

test('CSS minification keeps meaning: descendant spaces, calc() operators, strings and interpolations survive', () => {
  assert.equal(minifyCssText(':host { display: block; }\n/* why */\n.a  .b > .c { margin: calc(1px + 2px) 0; }'), ':host{display:block}.a .b > .c{margin:calc(1px + 2px) 0}');
  assert.equal(minifyCssText('.x :is(.y, .z) { content: attr(data-label) / \'\'; }'), '.x :is(.y,.z){content:attr(data-label) / \'\'}');
  assert.equal(minifyCssText('@media (min-width: 40em) {\n  .a { color: red; }\n}'), '@media (min-width:40em){.a{color:red}}');
  const source = 'export const s = css`\n  .a {\n    border: 1px solid ${unsafeCSS(color)};\n    color: ${x} ;\n  }\n`;';
  assert.equal(minifyCssLiterals(source), 'export const s = css`.a{border:1px solid ${unsafeCSS(color)};color:${x}}`;');
  assert.equal(minifyCssLiterals('html`<p>  a  </p>`'), 'html`<p>  a  </p>`', 'html literals untouched');
});
