// Manifest for Storybook docs and editors. Written into dist/ and referenced by package.json;
// packagejson:false stops the analyzer from rewriting package.json on every build.

/**
 * The published manifest describes the public API only. The analyzer also lists private and
 * protected members (render helpers, controllers, Lit lifecycle overrides): editors would offer
 * them in completions and docs tables would show them as inputs.
 */
function publicApiOnly() {
  return {
    name: 'wfp-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
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
