import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The widgets fetch the official dataset relative to their module: ../../data/ from src/data/ in
  // dev, and from assets/ in the static build — both resolve to /data/.
  // examples/ and stories/files/ hold files the stories fetch as a district's page would (the
  // district example, and the same file with a mistake).
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../examples', to: '/examples' },
    { from: '../stories/files', to: '/files' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // vite.config.ts (merged in by the builder) defines __WFP_DATASET_PATH__ for the library builds,
  // where the dataset sits beside the bundle. Storybook serves it from /data instead (staticDirs
  // above), which is where src/data/official.ts looks when the constant is not defined.
  viteFinal: (config) => {
    // The figures file is a build product: Storybook's widgets read the full file, as tests do.
    if (config.define) for (const name of ['__WFP_DATASET_PATH__', '__WFP_FIGURES_PATH__']) delete config.define[name];
    return config;
  },
};

export default config;
