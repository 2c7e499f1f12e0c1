import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/execution-gauge/execution-gauge.js';
import type { SortKey, Variant } from '../src/components/execution-gauge/execution-subject.js';
import type { ThemeName } from '../src/theme/theme.js';
import { DISTRICT_FILE_WITH_A_MISTAKE, districtDataset } from './fixtures.js';
import { PENDING_SRC } from './pending-source.js';
import { moneyUnitOf, type MoneyUnitArg } from './story-helpers.js';

interface Args {
  department?: string;
  line?: string;
  budget?: string;
  spent?: string;
  label?: string;
  variant: Variant;
  unit: MoneyUnitArg;
  pace?: string;
  breakdown: boolean;
  sort?: SortKey;
  limit?: number;
  theme?: ThemeName;
}

const meta: Meta<Args> = {
  title: 'Widgets/Execution gauge',
  component: 'wfp-execution-gauge',
  tags: ['autodocs'],
  args: { department: '영유아담당관', variant: 'arc', unit: 'auto', pace: 'auto', breakdown: false },
  render: (args) => html`<div style="max-width: 28rem">
    <wfp-execution-gauge
      department=${args.department || nothing}
      line=${args.line || nothing}
      budget=${args.budget || nothing}
      spent=${args.spent || nothing}
      label=${args.label || nothing}
      variant=${args.variant}
      unit=${moneyUnitOf(args.unit)}
      pace=${args.pace || nothing}
      ?breakdown=${args.breakdown}
      sort=${args.sort || nothing}
      limit=${args.limit ?? nothing}
      theme=${args.theme || nothing}
    ></wfp-execution-gauge>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};
export const WholeOffice: Story = { args: { department: undefined } };
export const Bar: Story = { args: { variant: 'bar', department: '아동복지센터' } };
export const OneBudgetLine: Story = { args: { department: undefined, line: 'family-multicultural-033', pace: undefined, unit: 'thousand-won' } };
export const Breakdown: Story = { args: { department: '아동담당관', breakdown: true, sort: 'rate', limit: 8, variant: 'bar' } };
export const ExplicitFigures: Story = { args: { department: undefined, budget: '1200000000', spent: '300000000', label: '구 자체 사업' } };
export const Loading: Story = {
  render: () => html`<wfp-execution-gauge src=${PENDING_SRC}></wfp-execution-gauge>`,
  parameters: { docs: { description: { story: 'Keeps its final size while the dataset loads (no layout shift).' } } },
};
export const UnknownDepartment: Story = {
  name: 'Error — unknown department',
  args: { department: '없는담당관' },
  parameters: { docs: { description: { story: 'A department the dataset does not know: an error box that says how to find valid names, and a `wfp-error` event.' } } },
};
export const DataFailure: Story = {
  render: () => html`<wfp-execution-gauge src="/missing-dataset.json"></wfp-execution-gauge>`,
  parameters: { docs: { description: { story: 'The dataset URL answers 404: the error box names the URL and offers a retry.' } } },
};
export const JsonMistake: Story = {
  name: 'Error — a mistake in a district file',
  render: () => html`<wfp-execution-gauge src=${DISTRICT_FILE_WITH_A_MISTAKE} department="family"></wfp-execution-gauge>`,
  parameters: {
    docs: {
      description: {
        story:
          "A district's own file, edited by hand, with a comma left after the last budget line: the box says on which line and column, and what to fix. `wfp-data validate` says the same before the file is uploaded.",
      },
    },
  },
};
export const YourOwnData: Story = {
  name: 'Your own data',
  render: () => html`<wfp-execution-gauge .dataset=${districtDataset} department="family" breakdown></wfp-execution-gauge>`,
};
