import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Offline machines: telemetry would wait on DNS on every start and build.
  core: { disableTelemetry: true },
  // Workspace packages resolve to their TypeScript source, as in the tests.
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'development|production', 'default'] },
    // Stories' images must stay files: the elements show only http(s) images, never data: URLs.
    build: { ...vite.build, assetsInlineLimit: 0 },
  }),
};

export default config;
