import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/staffing-table/staffing-table.js';
import type { StaffingMeasure } from '../src/components/staffing-table/staffing-core.js';
import type { ThemeName } from '../src/theme/theme.js';
import { districtDataset } from './fixtures.js';
import { PENDING_SRC } from './pending-source.js';

interface Args {
  measure: StaffingMeasure;
  department?: string;
  categories?: string;
  bars: boolean;
  theme?: ThemeName;
}

const meta: Meta<Args> = {
  title: 'Widgets/Staffing table',
  component: 'wfp-staffing-table',
  tags: ['autodocs'],
  args: { measure: 'report', bars: false },
  render: (args) => html`<wfp-staffing-table
    measure=${args.measure}
    department=${args.department || nothing}
    categories=${args.categories || nothing}
    ?bars=${args.bars}
    theme=${args.theme || nothing}
  ></wfp-staffing-table>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};
export const Vacancy: Story = { args: { measure: 'vacancy', bars: true, department: '아동담당관' } };
export const WomenShare: Story = { args: { measure: 'women-share', bars: true } };
export const TwoCategories: Story = { args: { measure: 'current', categories: 'administrative,fixed-term' } };
export const Narrow: Story = { render: () => html`<div style="max-width: 360px"><wfp-staffing-table></wfp-staffing-table></div>` };
export const Loading: Story = { render: () => html`<wfp-staffing-table src=${PENDING_SRC}></wfp-staffing-table>` };
export const Empty: Story = {
  render: () => html`<wfp-staffing-table .dataset=${{ ...districtDataset, staffing: [] }}></wfp-staffing-table>`,
};
export const UnitWithoutRow: Story = {
  name: 'A unit without a row of its own',
  args: { department: '저출생정책추진반' },
  parameters: {
    docs: { description: { story: 'A real unit the report staffs from others: the whole table, and a sentence in the legend saying so. No error.' } },
  },
};
export const UnknownDepartment: Story = { name: 'Error — unknown department', args: { department: '없는담당관' } };
export const DataFailure: Story = { render: () => html`<wfp-staffing-table src="/missing-dataset.json"></wfp-staffing-table>` };
export const YourOwnData: Story = { name: 'Your own data', render: () => html`<wfp-staffing-table .dataset=${districtDataset} bars></wfp-staffing-table>` };
