import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The widgets fetch the official dataset relative to their module: ../../data/ from src/data/ in
  // dev, and from assets/ in the static build — both resolve to /data/.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
