// What the build ships, checked on dist/ (npm test builds first): the official dataset's digest the
// widgets trust, and the minification of Lit's css`…` literals and html`…` / svg`…` templates.
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { minifyCssLiterals, minifyCssText } from '../../scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from '../../scripts/minify-html-literals.mjs';
import { FIGURES_LEAVE_OUT, sha256Hex, shippedDatasetBytes, shippedFiguresBytes } from '../../scripts/official-dataset.mjs';
import { parseDataset } from '../../src/schema/parse.js';

const PACKAGE_EXPORTS = (JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, string | Record<string, string>> }).exports;

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

test('both builds compile in the SHA-256 of the dataset file and of the figures file they ship beside the code', () => {
  for (const dir of ['dist', 'dist/cdn']) {
    const code = readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
    for (const file of ['seoul-wfp-2024-03.json', 'seoul-wfp-2024-03.figures.json']) {
      const digest = sha256Hex(readFileSync(`${dir}/${file}`));
      assert.ok(code.some((source) => source.includes(digest)), `${dir}: digest ${digest} of ${file} not found in the code`);
    }
  }
});

test('the figures file is the official dataset without programs, facilities and notes, valid as it is, and a tenth of its size', () => {
  for (const dir of ['dist', 'dist/cdn']) assert.deepEqual(readFileSync(`${dir}/seoul-wfp-2024-03.figures.json`), shippedFiguresBytes());
  const full = JSON.parse(shippedDatasetBytes().toString('utf8'));
  const figures = JSON.parse(shippedFiguresBytes().toString('utf8'));
  // Every section the gauge and the staffing table read, exactly as in the full file.
  for (const key of Object.keys(full).filter((key) => !FIGURES_LEAVE_OUT.includes(key) && key !== 'meta')) assert.deepEqual(figures[key], full[key], key);
  for (const key of FIGURES_LEAVE_OUT) assert.deepEqual(figures[key], key === 'notes' ? undefined : [], key);
  // The same source line and date; a note says where the rest is.
  assert.deepEqual({ ...figures.meta, notes: undefined }, { ...full.meta, notes: undefined });
  assert.match(figures.meta.notes.at(-2), /seoul-wfp-2024-03\.json에서 예산·집행·인력 부분만/);
  const result = parseDataset(figures);
  assert.ok(result.ok, 'figures file valid');
  // As for the full file: what the widgets use when they skip validation is what validation gives.
  assert.deepEqual(result.dataset, figures);
  assert.ok(gzipSync(shippedFiguresBytes()).length < gzipSync(shippedDatasetBytes()).length / 8, 'a tenth of the gzip size, or so');
});

test('the CDN folder: the widgets file, and the validator, boundaries, English words and JSON syntax checker as self-contained files it imports on use', () => {
  assert.deepEqual(readdirSync('dist/cdn').filter((name) => name.endsWith('.js')).sort(), ['wfp-boundaries.js', 'wfp-en.js', 'wfp-json-syntax.js', 'wfp-validator.js', 'wfp-widgets.js']);
  const cdn = readFileSync('dist/cdn/wfp-widgets.js', 'utf8');
  assert.doesNotMatch(cdn, /\bimport\s*[{*\w][^;]*?\bfrom\s*["']/, 'the CDN file imports nothing statically');
  assert.match(cdn, /"\.\/wfp-validator\.js"/);
  assert.match(cdn, /"\.\/wfp-boundaries\.js"/);
  assert.match(cdn, /"\.\/wfp-en\.js"/);
  assert.match(cdn, /"\.\/wfp-json-syntax\.js"/);
  assert.doesNotMatch(cdn, /must be a phone number like/, 'the schema messages are not in the CDN file');
  for (const name of ['wfp-validator.js', 'wfp-boundaries.js', 'wfp-en.js', 'wfp-json-syntax.js']) {
    const code = readFileSync(`dist/cdn/${name}`, 'utf8');
    // Importing "./wfp-widgets.js" back would run a second copy of every widget on pages that load
    // the script under another URL (?v=3): the file must stand alone.
    assert.doesNotMatch(code, /\bimport\s*[{*\w(][^;]*?["']\.\.?\//, `${name} imports nothing`);
    assert.doesNotMatch(code, /customElements\.define/, `${name} registers no element`);
  }
  assert.match(readFileSync('dist/cdn/wfp-validator.js', 'utf8'), /must be a phone number like/);
  assert.doesNotMatch(cdn, /remove the comma after the last item/, 'the JSON syntax reasons are not in the CDN file');
  assert.match(readFileSync('dist/cdn/wfp-json-syntax.js', 'utf8'), /remove the comma after the last item/);
  // English: the words of the widgets' faces are in wfp-en.js only; the error messages every
  // wfp-error carries in both languages stay in the widgets file.
  const english = readFileSync('dist/cdn/wfp-en.js', 'utf8');
  for (const words of ['Find women & family facilities', 'Budget execution', 'Download CSV']) {
    assert.ok(english.includes(words), `wfp-en.js has "${words}"`);
    assert.ok(!cdn.includes(words), `wfp-widgets.js does not have "${words}"`);
  }
  assert.ok(cdn.includes('is not supported. Valid values'), 'English error messages stay in wfp-widgets.js');
});

test('the CDN files use no JavaScript syntax newer than the browsers README names', async () => {
  // The script tag gets the files as built, untranspiled: compiling them for the oldest browsers we
  // name must change nothing. Class static blocks (from the decorators) set Safari at 16.4: 16.2
  // would stop at a SyntaxError and show no widget. esbuild rewrites every \\p{…} regex literal as
  // new RegExp() for a target it cannot date the Unicode property for; Safari 11.1 and Chrome 64 have them.
  const browsers = { chrome: '111', edge: '111', firefox: '113', safari: '16.4' };
  const { chrome, firefox, safari } = browsers;
  assert.ok(readFileSync('README.md', 'utf8').includes(`**Browsers.** Chrome and Edge ${chrome}, Firefox ${firefox}, Safari ${safari} (iOS ${safari})`));
  assert.ok(readFileSync('README.ko.md', 'utf8').includes(`Chrome·Edge ${chrome}, Firefox ${firefox}, Safari ${safari}(iOS ${safari})`));
  // CSS is not compiled, so what those browsers lack has a declaration before it that they keep:
  // alt text for generated content (Firefox 128, Safari 17.4) and subgrid (Chrome 117).
  const widgets = readFileSync('dist/cdn/wfp-widgets.js', 'utf8');
  for (const [property, newer] of [['content', /[^;}]+\/ *''/], ['grid-template-columns', /subgrid/]] as const) {
    const found = [...widgets.matchAll(new RegExp(`([;{])${property}:${newer.source}`, 'g'))];
    assert.ok(found.length > 0, `${property}: ${newer.source} is used`);
    for (const match of found) {
      const before = widgets.slice(widgets.lastIndexOf('{', match.index), match.index + 1);
      assert.match(before, new RegExp(`[{;]${property}:[^;}]+;$`), `${property}: ${newer.source} without a fallback before it: …${before.slice(-80)}`);
    }
  }
  const target = Object.entries(browsers).map(([name, version]) => `${name}${version}`);
  for (const name of readdirSync('dist/cdn').filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(`dist/cdn/${name}`, 'utf8');
    const asIs = await esbuild.transform(code, { format: 'esm', minify: true, target: 'esnext' });
    const forThem = await esbuild.transform(code, { format: 'esm', minify: true, target, supported: { 'regexp-unicode-property-escapes': true } });
    assert.ok(asIs.code === forThem.code, `${name} needs lowering for ${target.join(', ')}`);
  }
});

test('CSS minification keeps meaning: descendant spaces, calc() operators, strings and interpolations survive', () => {
  assert.equal(minifyCssText(':host { display: block; }\n/* why */\n.a  .b > .c { margin: calc(1px + 2px) 0; }'), ':host{display:block}.a .b > .c{margin:calc(1px + 2px) 0}');
  assert.equal(minifyCssText('.x :is(.y, .z) { content: attr(data-label) / \'\'; }'), '.x :is(.y,.z){content:attr(data-label) / \'\'}');
  assert.equal(minifyCssText('@media (min-width: 40em) {\n  .a { color: red; }\n}'), '@media (min-width:40em){.a{color:red}}');
  const source = 'export const s = css`\n  .a {\n    border: 1px solid ${unsafeCSS(color)};\n    color: ${x} ;\n  }\n`;';
  // The lines a literal loses follow it as blank lines, so source maps stay right for the code after it.
  assert.equal(minifyCssLiterals(source), 'export const s = css`.a{border:1px solid ${unsafeCSS(color)};color:${x}}`\n\n\n\n\n;');
  assert.equal(minifyCssLiterals(`${source}\nconst after = 1;`).split('\n').length, `${source}\nconst after = 1;`.split('\n').length);
  assert.equal(minifyCssLiterals('html`<p>  a  </p>`'), 'html`<p>  a  </p>`', 'html literals untouched');
});

test('markup minification drops indentation after line breaks in html/svg templates only, keeping lines and interpolations', () => {
  const source = [
    'const view = html`<ul class="a">',
    '    ${items.map((item) => html`<li>',
    '        ${item.name} ${\'  kept\\n    as written\'}',
    '      </li>`)}',
    '    <svg>${svg`<g>',
    '      <path d="M0 0"></path></g>`}</svg>',
    '  </ul>`;',
    'const style = css`',
    '  .a { color: red; }`;',
    'const plain = `line',
    '    indented`;',
    'const code = html`<pre>',
    '    as is</pre>`;',
  ].join('\n');
  const output = minifyHtmlLiterals(source, 'view.ts');
  assert.ok(output !== null);
  assert.equal(output.split('\n').length, source.split('\n').length, 'every line number is kept (source maps)');
  assert.match(output, /html`<ul class="a">\n\$\{items\.map\(\(item\) => html`<li>\n\$\{item\.name\} /);
  assert.match(output, /'  kept\\n    as written'/, 'interpolated code is untouched');
  assert.match(output, /<\/li>`\)\}\n<svg>\$\{svg`<g>\n<path d="M0 0"><\/path><\/g>`\}<\/svg>\n<\/ul>`;/);
  assert.match(output, /css`\n  \.a \{ color: red; \}`/, 'css literals are left to the CSS minifier');
  assert.match(output, /`line\n    indented`/, 'plain template strings are not markup');
  assert.match(output, /html`<pre>\n    as is<\/pre>`/, 'templates with <pre> keep their whitespace');
  assert.equal(minifyHtmlLiterals('const x = 1;'), null);
});

test('no widget style makes whitespace significant, which markup minification relies on', () => {
  const styles = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.styles.ts'))
    .map((name) => `src/components/${name}`);
  assert.ok(styles.length >= 5);
  for (const file of [...styles, 'src/theme/base-styles.ts']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /white-space:\s*(?:pre|break-spaces)/, file);
  }
});

test('custom-elements.json names the files the package ships: each element module is its entry, no path leads nowhere', () => {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as { modules: { path: string; declarations?: { tagName?: string }[] }[] };
  const paths = new Set<string>();
  (function collect(node: unknown): void {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const key of ['path', 'module']) if (typeof record[key] === 'string') paths.add(record[key] as string);
    Object.values(record).forEach(collect);
  })(manifest);
  const exported = new Set(Object.values(PACKAGE_EXPORTS).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))).map((path) => path.replace(/^\.\//, '')));
  for (const path of paths) {
    assert.ok(existsSync(path), `${path} is not a built file`);
    assert.ok(exported.has(path), `${path} is no entry of package.json's exports`);
  }
  // What an entry re-exports from internal modules is declared in the entry, where users import it.
  const declaredIn = (name: string) => manifest.modules.filter((module) => module.declarations?.some((d) => (d as { name?: string }).name === name)).map((module) => module.path);
  assert.deepEqual(declaredIn('formatMoney'), ['dist/format.js']);
  assert.deepEqual(declaredIn('parseDataset'), ['dist/schema.js']);
  assert.deepEqual(declaredIn('loadDataset'), ['dist/data.js']);
  const modules = Object.fromEntries(manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, module.path])));
  assert.deepEqual(modules, {
    'wfp-data': 'dist/wfp-data.js',
    'wfp-execution-gauge': 'dist/execution-gauge.js',
    'wfp-staffing-table': 'dist/staffing-table.js',
    'wfp-program-card': 'dist/program-card.js',
    'wfp-program-list': 'dist/program-list.js',
    'wfp-facility-locator': 'dist/facility-locator.js',
  });
});

test('custom-elements.json lists as JavaScript exports only what each file exports', async () => {
  // Tools generate imports from these entries; a type-only name (`export type { GaugeVariant }`)
  // listed here would become `import { GaugeVariant }`, which fails to link.
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: { path: string; exports?: { kind: string; name: string; declaration?: { module?: string } }[] }[];
  };
  /** The names a built file exports, its own chunks followed, packages left outside. */
  const exportsOf = async (file: string) => {
    const result = await esbuild.build({ entryPoints: [file], bundle: true, packages: 'external', format: 'esm', outdir: 'out', write: false, metafile: true, logLevel: 'silent' });
    return Object.values(result.metafile.outputs).find((output) => output.entryPoint)!.exports;
  };
  let checked = 0;
  for (const module of manifest.modules) {
    const actual = await exportsOf(module.path);
    for (const item of (module.exports ?? []).filter((entry) => entry.kind === 'js')) {
      // `export *`: everything the other file exports is exported here too.
      const names = item.name === '*' ? await exportsOf(item.declaration!.module!) : [item.name];
      for (const name of names) assert.ok(actual.includes(name), `${module.path} does not export ${name}, which the manifest lists`);
      checked += names.length;
    }
  }
  assert.ok(checked > 100, `only ${checked} exports checked`);
});

test('custom-elements.json describes the public API only: attributes, events by name, no private members', () => {
  interface Member { name: string; privacy?: string; description?: string; type?: { text: string } }
  interface Declaration { tagName?: string; members?: Member[]; attributes?: { name: string }[]; events?: { name?: string; type?: { text: string } }[] }
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: { declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
  };
  // Tools register what the definitions name: the six tags, not the guarded decorator's parameter.
  const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((item) => item.kind === 'custom-element-definition');
  assert.deepEqual(definitions.map((item) => item.name).sort(), [
    'wfp-data', 'wfp-execution-gauge', 'wfp-facility-locator', 'wfp-program-card', 'wfp-program-list', 'wfp-staffing-table',
  ]);
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [
    'wfp-data', 'wfp-execution-gauge', 'wfp-facility-locator', 'wfp-program-card', 'wfp-program-list', 'wfp-staffing-table',
  ]);
  for (const element of elements) {
    const members = element.members ?? [];
    assert.deepEqual(members.filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name), [], element.tagName);
    // Editors complete what the manifest lists: internal plumbing stays out, documented inputs stay in.
    assert.ok(!members.some((m) => m.name === 'datasetInput' || m.name === 'widget'), `${element.tagName}: internal member listed`);
    const dataset = members.find((m) => m.name === 'dataset');
    assert.ok(dataset?.description, `${element.tagName}: .dataset documented`);
    assert.equal(dataset.type?.text, 'DatasetInput | Dataset | null', `${element.tagName}: .dataset takes a dataset, not the data-* map`);
    // Storybook's events table and editors list these: each with its name and event class.
    for (const event of element.events ?? []) assert.match(`${event.name} ${event.type?.text}`, /^wfp-[a-z-]+ Wfp\w+Event$/, element.tagName);
  }
  const events = (tag: string) => (elements.find((d) => d.tagName === tag)?.events ?? []).map((e) => e.name);
  assert.deepEqual(events('wfp-facility-locator'), ['wfp-filter-change', 'wfp-error']);
  assert.deepEqual(events('wfp-program-list'), ['wfp-program-filter-change', 'wfp-error']);
  const gauge = elements.find((d) => d.tagName === 'wfp-execution-gauge')!;
  assert.deepEqual(
    gauge.attributes?.map((a) => a.name).sort(),
    ['breakdown', 'budget', 'department', 'label', 'limit', 'line', 'pace', 'sort', 'spent', 'src', 'theme', 'unit', 'variant'],
  );
  // Properties that take a fixed set are typed as that set (Storybook offers them as options).
  const typeOf = (tag: string, name: string) => elements.find((d) => d.tagName === tag)?.members?.find((m) => m.name === name)?.type?.text;
  assert.equal(typeOf('wfp-execution-gauge', 'variant'), 'Variant');
  assert.equal(typeOf('wfp-execution-gauge', 'unit'), 'MoneyUnit');
  assert.equal(typeOf('wfp-program-list', 'sort'), 'ProgramSort');
});

test('the declaration files leave out what is marked @internal: editors complete only the public API', () => {
  // tsconfig.build.json strips @internal; each member tagged so in src/ must be absent from its .d.ts.
  const internal: [string, string][] = [];
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    for (const match of readFileSync(`src/${file}`, 'utf8').matchAll(/@internal\s*\*\/\s*(?:get\s+|readonly\s+)?(\w+)/g)) {
      internal.push([`dist/types/${file.replace(/\.ts$/, '.d.ts')}`, match[1]!]);
    }
  }
  assert.deepEqual(internal.map(([, member]) => member).sort(), ['datasetInput', 'needsData']);
  for (const [file, member] of internal) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!new RegExp(`^\\s*(?:readonly |get )?${member}\\b`, 'm').test(text), `${file} declares ${member}`);
    assert.match(text, /\bget dataset\(\)|\bbreakdown\b/, `${file}: the public members are still there`);
  }
});

test("README's Attributes section names every attribute each element takes (custom-elements.json), under that element", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Attributes'), readme.indexOf("\n## Publish your district's own data"));
  assert.ok(section.length > 100, 'README has an Attributes section before "Publish your district\'s own data"');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
  };
  // Each element's table: from its `<tag>` line to the next element's (the card and list share one).
  const tagLines = [...section.matchAll(/^`(<wfp-[a-z-]+>)`(?: and `(<wfp-[a-z-]+>)`)?/gm)];
  const missing: string[] = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const at = tagLines.findIndex((match) => match.slice(1).includes(`<${declaration.tagName}>`));
    if (at === -1) {
      missing.push(`<${declaration.tagName}>`);
      continue;
    }
    const table = section.slice(tagLines[at]!.index, tagLines[at + 1]?.index ?? section.length);
    for (const { name } of declaration.attributes ?? []) {
      // src and theme are shared by every widget and named once, above the tables.
      if (['src', 'theme'].includes(name)) continue;
      if (!table.includes(`\`${name}\``)) missing.push(`<${declaration.tagName}> ${name}`);
    }
  }
  assert.deepEqual(missing, []);
});

test("README's Events table names every event each element fires (custom-elements.json), with that element", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Attributes'), readme.indexOf("\n## Publish your district's own data"));
  // Rows: | `wfp-error` | every widget | … or | `wfp-filter-change` | `<wfp-facility-locator>` | …
  const rows = new Map([...section.matchAll(/^\| `(wfp-[a-z-]+)` \| ([^|]+) \|/gm)].map((match) => [match[1]!, match[2]!]));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; events?: Array<{ name: string }> }> }>;
  };
  const missing: string[] = [];
  let widgets = 0;
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    widgets += declaration.events?.length ? 1 : 0;
    for (const { name } of declaration.events ?? []) {
      const firedBy = rows.get(name);
      if (!firedBy || !(firedBy.includes(`<${declaration.tagName}>`) || firedBy.trim() === 'every widget')) missing.push(`<${declaration.tagName}> ${name}`);
    }
  }
  assert.ok(widgets >= 5, 'the manifest lists the widgets\' events');
  assert.deepEqual(missing, []);
});

test("README's parts table lists exactly the parts each element has (custom-elements.json), and names every slot", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n**Styling and slots.**'), readme.indexOf("\n## Publish your district's own data"));
  assert.ok(section.length > 100, 'README has a Styling and slots paragraph in Attributes');
  const rows = new Map([...section.matchAll(/^\| `<(wfp-[a-z-]+)>` \| ([^|]+) \|$/gm)].map((match) => [match[1]!, [...match[2]!.matchAll(/`([a-z-]+)`/g)].map((part) => part[1]!)]));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string }>; slots?: Array<{ name: string }> }> }>;
  };
  const wrong: string[] = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName || !declaration.cssParts?.length) continue;
    const parts = declaration.cssParts.map(({ name }) => name);
    if (JSON.stringify(rows.get(declaration.tagName)) !== JSON.stringify(parts)) wrong.push(`<${declaration.tagName}>: README ${rows.get(declaration.tagName)}, manifest ${parts}`);
    for (const { name } of declaration.slots ?? []) {
      if (name && !section.includes(`slot="${name}"`)) wrong.push(`<${declaration.tagName}> slot ${name}`);
    }
  }
  assert.equal(rows.size, 5, 'a row for each widget');
  assert.deepEqual(wrong, []);
});

test('the Korean guide (README.ko.md) pastes the same snippet as README.md and names only attributes the elements take', () => {
  const guide = readFileSync('README.ko.md', 'utf8');
  const readme = readFileSync('README.md', 'utf8');
  const snippet = (text: string) => /<script type="module" src="[^"]+"><\/script>/.exec(text)?.[0];
  assert.equal(snippet(guide), snippet(readme));
  assert.ok(readme.includes('(README.ko.md)'), 'README.md links the Korean guide');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
  };
  const attributes = new Map(
    manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name)]),
  );
  const wrong: string[] = [];
  // Rows of the attributes table: | `<tag>` | `a`, `b` | example |
  for (const [, tag, names] of guide.matchAll(/^\| `<(wfp-[a-z-]+)>` \| ([^|]+) \|/gm)) {
    for (const [, name] of names!.matchAll(/`([a-z-]+)`/g)) if (!attributes.get(tag!)?.includes(name!)) wrong.push(`<${tag}> ${name}`);
  }
  assert.ok(guide.match(/^\| `<wfp-[a-z-]+>` \| `/gm)!.length >= 5, 'the table lists the five widgets');
  assert.deepEqual(wrong, []);
});

test('CHANGELOG.md has an entry for the version package.json names, whose dataset figures and file names are true of the build', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const entry = changelog.split(/^## /m).find((section) => section.startsWith(`${version} `));
  assert.ok(entry, `CHANGELOG.md has no "## ${version} — …" entry: say what this version changes`);
  const dataset = JSON.parse(readFileSync('data/seoul-wfp-2024-03.json', 'utf8'));
  const counted = `${dataset.departments.length} units, ${dataset.staffing.length} staffing rows, ${dataset.budgetLines.length} budget lines,\n  ${dataset.programs.length} programs, ${dataset.facilities.length} facilities of ${dataset.facilityTypes.length} types, and ${dataset.notes.length} notes`;
  assert.ok(entry.includes(`schema version ${dataset.schemaVersion}`), 'the schema version it ships');
  assert.ok(entry.includes(counted), `the official dataset's counts: ${counted}`);
  const files = entry.match(/`(?:dist\/[\w./-]+|[\w.-]+)\.(?:js|json|sri|html)`/g) ?? [];
  assert.ok(files.length >= 8, `the files it names (found ${files.length})`);
  for (const file of files) {
    const path = file.slice(1, -1);
    const inDist = path.startsWith('dist/') ? path : `dist/cdn/${path}`;
    assert.ok(existsSync(inDist), `${path}, named in the changelog, is built`);
  }
  // Entry points: "seoul-wfp-widgets/x", or "/x" continuing a list of them, are package exports.
  const exported = new Set(Object.keys(PACKAGE_EXPORTS));
  const entries = [...entry.matchAll(/`(?:seoul-wfp-widgets)?(\/[\w./-]+)?`/g)].filter((m) => m[0].startsWith('`seoul-wfp-widgets') || m[0].startsWith('`/'));
  assert.ok(entries.length >= 15, `the entry points it names (found ${entries.length})`);
  for (const [name, subpath] of entries) assert.ok(exported.has(subpath ? `.${subpath}` : '.'), `${name}, named in the changelog, is in package.json exports`);
  const named = new Set(entries.map(([, subpath]) => (subpath ? `.${subpath}` : '.')));
  const unnamed = [...exported].filter((key) => key !== './package.json' && !named.has(key));
  assert.deepEqual(unnamed, [], 'every export is named in the changelog');
});
