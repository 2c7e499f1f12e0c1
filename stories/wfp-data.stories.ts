import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/data/wfp-data.js';
import '../src/components/execution-gauge/execution-gauge.js';
import '../src/components/facility-locator/facility-locator.js';
import '../src/components/program-card/program-list.js';
import '../src/components/staffing-table/staffing-table.js';
import { DISTRICT_FILE, DISTRICT_FILE_WITH_A_MISTAKE, districtDataset } from './fixtures.js';
import { PENDING_SRC } from './pending-source.js';
import { pageHeading } from './story-helpers.js';

/**
 * `<wfp-data>` renders nothing of its own: each story shows the widgets inside it, which is what a
 * designer judges (the district's figures, its source line and date, in every widget at once).
 * Storybook ignores URL args that are not plain words, so the Playground's `src` control holds names
 * that `mapping` turns into the files' URLs.
 */
const SOURCES = { official: undefined, district: DISTRICT_FILE, 'district-with-a-mistake': DISTRICT_FILE_WITH_A_MISTAKE } as const;

/** The widgets one above the other, as a district page's column would hold them. */
const column = (widgets: TemplateResult) => html`<div style="display: grid; gap: 1.5rem; max-width: 40rem">${widgets}</div>`;

interface Args {
  src?: string;
  /** The toolbar's theme row (preview.ts), hidden below: a widget attribute <wfp-data> has not. */
  theme?: never;
}

const meta: Meta<Args> = {
  title: 'Widgets/Shared dataset',
  component: 'wfp-data',
  tags: ['autodocs'],
  args: { src: 'district' },
  argTypes: {
    src: {
      control: { type: 'select', labels: { official: '(none: the embedded official dataset)', district: DISTRICT_FILE, 'district-with-a-mistake': DISTRICT_FILE_WITH_A_MISTAKE } },
      options: Object.keys(SOURCES),
      mapping: SOURCES,
    },
    theme: { control: false, table: { disable: true } },
  },
  // Widgets named by nothing dataset-specific (the whole office, the whole table), so every source
  // the control offers has something to show.
  render: (args) => html`<wfp-data src=${args.src || nothing}>
    ${column(html`
      <wfp-execution-gauge variant="bar"></wfp-execution-gauge>
      <wfp-staffing-table bars></wfp-staffing-table>
    `)}
  </wfp-data>`,
  parameters: {
    docs: {
      description: {
        component:
          "Names a dataset once for every widget inside it: a district's page publishes its own file and wraps its widgets in one `<wfp-data src>`. A widget's own `src` or `.dataset` still wins; with neither, widgets show the embedded official dataset.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const DistrictFile: Story = {
  name: "A district's file for every widget",
  // The context only (a render taking no args is what tells Storybook to show no controls).
  render: (...[, { globals }]) => html`${pageHeading(globals, '가상구 여성가족과', 'Gasang-gu Women & Family Division')}
    <wfp-data src=${DISTRICT_FILE}>
      ${column(html`
        <wfp-execution-gauge department="family" breakdown></wfp-execution-gauge>
        <wfp-staffing-table department="family"></wfp-staffing-table>
        <wfp-program-list></wfp-program-list>
        <wfp-facility-locator></wfp-facility-locator>
      `)}
    </wfp-data>`,
  parameters: {
    docs: {
      description: {
        story:
          "One `src` on `<wfp-data>`: the gauge, the staffing table, the program list and the locator all read examples/district-minimal.json (fetched once), and each names the district's source and date.",
      },
    },
  },
};

export const DatasetProperty: Story = {
  name: 'A dataset object (the .dataset property)',
  render: () => html`<wfp-data .dataset=${districtDataset}>
    ${column(html`
      <wfp-execution-gauge department="family" variant="bar"></wfp-execution-gauge>
      <wfp-staffing-table department="family"></wfp-staffing-table>
    `)}
  </wfp-data>`,
  parameters: {
    docs: { description: { story: 'Data a page already holds (from its own API, say) set once as a property, for frameworks and scripts.' } },
  },
};

export const WidgetsOwnDataWins: Story = {
  name: "A widget's own src wins",
  render: () => html`<wfp-data src=${DISTRICT_FILE}>
    ${column(html`
      <wfp-execution-gauge department="family" variant="bar"></wfp-execution-gauge>
      <wfp-execution-gauge src="/data/seoul-wfp-2024-03.json" department="early-childhood" variant="bar"></wfp-execution-gauge>
    `)}
  </wfp-data>`,
  parameters: {
    docs: {
      description: {
        story: "Inside a district's `<wfp-data>`, the second gauge names the official file itself and shows the city's figures, with the city's source line.",
      },
    },
  },
};

export const Loading: Story = {
  render: () => html`<wfp-data src=${PENDING_SRC}>
    ${column(html`
      <wfp-execution-gauge></wfp-execution-gauge>
      <wfp-staffing-table></wfp-staffing-table>
    `)}
  </wfp-data>`,
};

export const FileWithAMistake: Story = {
  name: 'Error — a mistake in the shared file',
  render: () => html`<wfp-data src=${DISTRICT_FILE_WITH_A_MISTAKE}>
    ${column(html`
      <wfp-execution-gauge department="family"></wfp-execution-gauge>
      <wfp-staffing-table department="family"></wfp-staffing-table>
    `)}
  </wfp-data>`,
  parameters: {
    docs: {
      description: {
        story:
          'Every widget that reads the file says what is wrong with it (the line and column of the comma), in its own box where it would have stood: none is left blank, none shows the official figures in its place.',
      },
    },
  },
};
