import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

// Manifest for Storybook docs and editors. Written into dist/ and referenced by package.json;
// packagejson:false stops the analyzer from rewriting package.json on every build.

/**
 * The published manifest describes the public API only. The analyzer also lists private and
 * protected members (render helpers, controllers, Lit lifecycle overrides): editors would offer
 * them in completions and docs tables would show them as inputs. It also records every
 * `dispatchEvent(new WfpFilterChangeEvent(…))` as an event without a name (the name is inside the
 * class); the `@fires` tag of each element already documents that event with its name. And it
 * takes the guarded `customElement(tagName)` helper itself (src/internal/custom-element.ts) for an
 * element named "tagName": only real tag names (they contain a hyphen) are definitions.
 */
function publicApiOnly() {
  return {
    name: 'wfp-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        if (module.exports) module.exports = module.exports.filter((item) => item.kind !== 'custom-element-definition' || item.name.includes('-'));
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * Type-only re-exports (`export type { GaugeVariant } from …`) have no JavaScript behind them, but
 * the analyzer lists them as `js` exports: a tool trusting the manifest would generate
 * `import { GaugeVariant }`, which fails to link. Their names are collected per module while the
 * analyzer walks the source, and dropped before the exports are linked across modules.
 */
function noTypeOnlyExports() {
  const typeOnly = new Map();
  return {
    name: 'wfp-no-type-only-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      const names = typeOnly.get(moduleDoc.path) ?? new Set();
      for (const specifier of node.exportClause.elements) if (node.isTypeOnly || specifier.isTypeOnly) names.add(specifier.name.text);
      typeOnly.set(moduleDoc.path, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const names = typeOnly.get(module.path);
        if (names && module.exports) module.exports = module.exports.filter((item) => item.kind !== 'js' || !names.has(item.name));
      }
    },
  };
}

/**
 * Module paths as the package ships them. The analyzer reads the TypeScript under src/ and names
 * those files, which the tarball does not contain, so editors could not follow them. package.json's
 * exports pair each entry's declarations (dist/types/<src path>.d.ts) with its JavaScript file: that
 * pairing maps src/components/execution-gauge/execution-gauge.ts to dist/execution-gauge.js, and so
 * on. Modules that are no entry (src/format/money.ts) are not in the package as files: what an entry
 * re-exports from them (formatMoney, through dist/format.js) is moved into that entry, and other
 * references to them keep their name but lose the path that would lead nowhere.
 */
function publishedPaths() {
  const exportsMap = JSON.parse(readFileSync('package.json', 'utf8')).exports;
  const published = new Map();
  for (const target of Object.values(exportsMap)) {
    if (typeof target !== 'object' || !target.types || !target.default) continue;
    published.set(target.types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts'), target.default.replace(/^\.\//, ''));
  }
  /** A reference's module as a src path: "./x.js" resolved against the module it appears in, "/src/….js" and "src/….js" as they are. */
  const sourcePath = (reference, from) =>
    (reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : posix.normalize(reference.replace(/^\//, ''))).replace(/\.js$/, '.ts');
  /** Applies `change` to every `module` reference in a manifest node. */
  const eachReference = (node, change) => {
    if (Array.isArray(node)) return node.forEach((item) => eachReference(item, change));
    if (!node || typeof node !== 'object') return;
    if (typeof node.module === 'string') change(node);
    for (const value of Object.values(node)) eachReference(value, change);
  };
  return {
    name: 'wfp-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const module of modules) eachReference(module, (node) => (node.module = sourcePath(node.module, module.path)));
      const bySource = new Map(modules.map((module) => [module.path, module]));
      /** The declarations a module exports under each name, through its own re-exports of other modules. */
      const exportedBy = (path, seen = new Set()) => {
        if (seen.has(path)) return [];
        seen.add(path);
        return (bySource.get(path)?.exports ?? [])
          .filter((item) => item.kind === 'js')
          .flatMap((item) => {
            const target = item.declaration?.module ?? path;
            if (item.name === '*') return exportedBy(target, seen);
            const declaration = bySource.get(target)?.declarations?.find((candidate) => candidate.name === item.declaration?.name);
            return declaration ? [{ name: item.name, declaration }] : exportedBy(target, seen).filter((found) => found.name === item.declaration?.name);
          });
      };
      for (const module of modules.filter((candidate) => published.has(candidate.path))) {
        const declarations = [...(module.declarations ?? [])];
        const exports = [];
        for (const item of module.exports ?? []) {
          const target = item.declaration?.module ?? module.path;
          if (item.kind !== 'js' || target === module.path || published.has(target)) {
            exports.push(item);
            continue;
          }
          const found = item.name === '*' ? exportedBy(target) : exportedBy(target).filter((entry) => entry.name === item.declaration?.name);
          for (const { name, declaration } of found) {
            if (!declarations.some((existing) => existing.name === declaration.name)) declarations.push(structuredClone(declaration));
            exports.push({ kind: 'js', name, declaration: { name: declaration.name, module: module.path } });
          }
        }
        module.declarations = declarations;
        module.exports = exports;
      }
      for (const module of modules) {
        eachReference(module, (node) => {
          const mapped = published.get(node.module);
          if (mapped) node.module = mapped;
          else delete node.module;
        });
      }
      customElementsManifest.modules = modules.filter((module) => published.has(module.path)).map((module) => ({ ...module, path: published.get(module.path) }));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), noTypeOnlyExports(), publishedPaths()],
};
