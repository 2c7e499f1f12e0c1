import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { SORT_KEYS, VARIANTS } from '../src/components/execution-gauge/execution-subject.js';
import { PROGRAM_SORTS } from '../src/components/program-card/program-catalog.js';
import { STAFFING_MEASURES } from '../src/components/staffing-table/staffing-core.js';
import { THEMES } from '../src/theme/theme.js';
import { MONEY_UNIT_CHOICES } from '../stories/story-helpers.js';
import { manifestArgTypes } from './manifest-arg-types.js';

// The manifest lists the public API only (custom-elements-manifest.config.mjs), so the docs tables
// and controls show inputs, not implementation.
setCustomElementsManifest(manifest);

/**
 * Docs rows and controls come from the manifest (see manifest-arg-types.ts); it names these types
 * by alias, so their values come from the source. An attribute of any other alias type fails the
 * story until it is added here.
 */
const extractArgTypes = manifestArgTypes(manifest, {
  MoneyUnit: MONEY_UNIT_CHOICES,
  Variant: VARIANTS,
  SortKey: SORT_KEYS,
  StaffingMeasure: STAFFING_MEASURES,
  ProgramSort: PROGRAM_SORTS,
  ThemeName: THEMES,
});

/**
 * The page around the widgets in each theme: a dark widget is judged on a dark page, as a portal in
 * dark mode shows it (a shade darker than the widget's surface, so its edge shows), not as a dark
 * box on white. `auto` follows the system, as the widgets do.
 */
const PAGE_STYLES: Record<string, string> = {
  light: 'padding: 1rem;',
  dark: 'color-scheme: dark; background: #131416; color: #f4f5f6; padding: 1rem;',
  'high-contrast': 'color-scheme: dark; background: #000000; color: #ffffff; padding: 1rem;',
  auto: 'color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1rem;',
};

/**
 * Locale and theme are applied the way host pages do it: `lang` and `theme` attributes on an
 * ancestor of the widgets.
 */
const withPageSettings: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  // The reference pages (schema, tokens) are documents about the kit, on Storybook's own light page.
  const page = context.title.startsWith('Docs/') ? '' : (PAGE_STYLES[theme ?? 'light'] ?? '');
  return html`<div lang=${locale ?? 'ko'} theme=${theme ?? 'light'} class="story-page" style=${page}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withPageSettings],
  argTypesEnhancers: [
    // A story whose render takes no args (Loading, Data failure, Your own data) ignores every
    // control: show none rather than controls that do nothing.
    (context) =>
      context.parameters['__isArgsStory']
        ? context.argTypes
        : Object.fromEntries(Object.entries(context.argTypes).map(([key, row]) => [key, { ...row, control: { disable: true } }])),
  ],
  argTypes: {
    // Every widget takes a theme of its own, over the toolbar's (which sets it on the page); unset
    // follows the toolbar. The stories' renders pass it on.
    theme: { control: { type: 'select', labels: { undefined: '(from the toolbar)' } }, options: [undefined, ...THEMES] },
    // A text box would fetch a dataset on every keystroke; the Loading and Data failure stories
    // show what `src` does.
    src: { control: false },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets (lang attribute on the page)',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'ko', title: '한국어' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme (theme attribute on the page)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'auto', title: 'System (auto)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ko', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true, extractArgTypes },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Data schema', 'Design tokens', 'Accessibility', 'Reference'], 'Widgets'],
      },
    },
  },
};

export default preview;
