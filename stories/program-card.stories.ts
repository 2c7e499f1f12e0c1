import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/program-card/program-card.js';
import type { ThemeName } from '../src/theme/theme.js';
import { districtDataset } from './fixtures.js';
import { PENDING_SRC } from './pending-source.js';
import { moneyUnitOf, waitForShadowElement, type MoneyUnitArg } from './story-helpers.js';

interface Args {
  program: string;
  compact: boolean;
  headlineLevel: number;
  unit: MoneyUnitArg;
  theme?: ThemeName;
}

/** The card as every args story renders it, so each control shown reaches the element. */
function card(args: Args, maxWidth: string, actions?: TemplateResult) {
  return html`<div style="max-width: ${maxWidth}">
    <wfp-program-card
      program=${args.program || nothing}
      ?compact=${args.compact}
      headline-level=${args.headlineLevel}
      unit=${moneyUnitOf(args.unit)}
      theme=${args.theme || nothing}
      >${actions ?? nothing}</wfp-program-card
    >
  </div>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Program card',
  component: 'wfp-program-card',
  tags: ['autodocs'],
  args: { program: 'mom-dad-taxi', compact: false, headlineLevel: 2, unit: 'auto' },
  argTypes: {
    program: {
      control: 'select',
      options: [
        'mom-dad-taxi',
        'idolbom-childcare-service',
        'initiative-07-community-child-centers',
        'initiative-10-family-meal-discounts',
        'initiative-05-seoul-kids-cafe-expansion',
        'single-parent-support',
      ],
      description: "The program's id or its exact Korean title (every id: `dataset.programs[].id`).",
    },
    headlineLevel: { control: { type: 'number', min: 2, max: 6, step: 1 }, description: 'Level of the title heading (`headline-level`), 2–6.' },
  },
  render: (args) => card(args, '40rem'),
  parameters: {
    docs: {
      description: {
        component:
          'One policy program of the report: budget in Korean units with who pays, execution of its budget lines, targets against results, where it runs, and the full report text in a native `<details>`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Compact: Story = {
  args: { program: 'idolbom-childcare-service', compact: true },
  render: (args) => card(args, '22rem'),
  parameters: { docs: { description: { story: 'Title, budget and one KPI only — what `<wfp-program-list>` shows.' } } },
};

export const Full: Story = {
  args: { program: 'initiative-05-seoul-kids-cafe-expansion' },
  parameters: { docs: { description: { story: 'Every section: budget, execution of the linked budget lines, targets against results, districts, facilities and the folded report text.' } } },
};

export const ExpandedDetails: Story = {
  name: 'Expanded details',
  args: { program: 'mom-dad-taxi' },
  parameters: { docs: { description: { story: 'The reader opened "자세히 보기": overview, legal basis, achievements, plans and contacts.' } } },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('wfp-program-card');
    if (!card) throw new Error('no <wfp-program-card> in the story');
    const summary = await waitForShadowElement<HTMLElement>(card, 'details.details > summary');
    summary.click();
  },
};

export const NoBudget: Story = {
  name: 'No budget (비예산)',
  args: { program: 'initiative-10-family-meal-discounts' },
  parameters: { docs: { description: { story: 'The report prints 비예산 (no budget of its own) instead of an amount; the card says so in words.' } } },
};

export const SeparateDistrictShare: Story = {
  name: 'Funding shares, district share separate (별도)',
  args: { program: 'idolbom-childcare-service' },
  parameters: {
    docs: {
      description: {
        story:
          '국비 30 %, 시비 35 % of 69,638백만원, and 구비 35 % *on top of* it (printed "구비 35% 별도"): the district share is hatched, tagged and not counted in the amount.',
      },
    },
  },
};

export const FundingAmounts: Story = {
  name: 'Funding amounts',
  args: { program: 'initiative-07-community-child-centers' },
  parameters: { docs: { description: { story: 'Funding printed as amounts (국비 16,843백만원, 시비 44,730백만원), drawn to scale in won.' } } },
};

export const SharedBudgetLine: Story = {
  name: 'Execution of a shared budget line',
  args: { program: 'seoul-foreign-residents-center' },
  parameters: {
    docs: {
      description: {
        story:
          'The report funds both foreign-resident centres (10.76억 and 17.95억) from one budget line of 47억: a note above the gauge says its rate is the whole line\'s, not this program\'s alone.',
      },
    },
  },
};

export const PlanAcrossDepartments: Story = {
  name: 'A plan spanning other departments',
  args: { program: 'single-household-safety-plan-2024' },
  parameters: {
    docs: {
      description: {
        story:
          "The 2024 single-household safety plan's 5,808억 gathers other departments' projects (youth housing, home health visits): a note under the budget says it is larger than the division's whole budget (158억), so it does not read as the division's own money.",
      },
    },
  },
};

export const FixedUnit: Story = {
  name: 'Fixed unit (백만원)',
  args: { program: 'single-parent-support', unit: 'million-won' },
};

export const WithActions: Story = {
  name: 'With an action (slot)',
  args: { program: 'mom-dad-taxi', compact: true },
  render: (args) => card(args, '22rem', html`<a slot="actions" href="#apply">신청하기 <span lang="en">(apply)</span></a>`),
};

export const Loading: Story = {
  render: () => html`<div style="max-width: 40rem"><wfp-program-card program="mom-dad-taxi" src=${PENDING_SRC}></wfp-program-card></div>`,
  parameters: { docs: { description: { story: 'Skeleton at the final size while the dataset loads.' } } },
};

export const UnknownProgram: Story = {
  name: 'Error — unknown program id',
  args: { program: 'mom-dad-taxii' },
  parameters: { docs: { description: { story: 'An id that is not in the dataset: an error box with the closest ids, and a `wfp-error` event.' } } },
};

export const DataFailure: Story = {
  render: () => html`<wfp-program-card program="mom-dad-taxi" src="/missing-dataset.json"></wfp-program-card>`,
  parameters: { docs: { description: { story: 'The dataset URL answers 404: the error box names the URL and offers a retry.' } } },
};

export const YourOwnData: Story = {
  name: 'Your own data',
  render: () => html`<div style="max-width: 40rem">
    <wfp-program-card .dataset=${districtDataset} program="district-kids-cafe" headline-level="2"></wfp-program-card>
  </div>`,
  parameters: { docs: { description: { story: "A district's own program in the shared schema, passed as `.dataset`." } } },
};
