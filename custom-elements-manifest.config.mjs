// Manifest for Storybook docs and editors. Written into dist/ and referenced by package.json;
// packagejson:false stops the analyzer from rewriting package.json on every build.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
