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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
