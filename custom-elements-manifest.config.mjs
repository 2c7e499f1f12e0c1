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
 * Module paths as the package ships them. The analyzer reads the TypeScript under src/ and names
 * those files, which the tarball does not contain, so editors could not follow them. package.json's exports pair each
 * entry's declarations (dist/types/<src path>.d.ts) with its JavaScript file: that pairing maps
 * src/components/execution-gauge/execution-gauge.ts to dist/execution-gauge.js, and so on. Modules
 * that are no entry (internal helpers, whose declarations reach users through an entry) are left
 * out, and references to them keep their name but lose the path that would lead nowhere.
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
  const rewrite = (node, from) => {
    if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
    if (!node || typeof node !== 'object') return;
    if (typeof node.module === 'string') {
      const mapped = published.get(sourcePath(node.module, from));
      if (mapped) node.module = mapped;
      else delete node.module;
    }
    for (const value of Object.values(node)) rewrite(value, from);
  };
  return {
    name: 'wfp-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        rewrite(module, module.path);
        // "export * from" an internal module: without the module there is nothing left to say.
        if (module.exports) module.exports = module.exports.filter((item) => item.name !== '*' || item.declaration?.module);
      }
      customElementsManifest.modules = customElementsManifest.modules
        .filter((module) => published.has(module.path))
        .map((module) => ({ ...module, path: published.get(module.path) }));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), publishedPaths()],
};
