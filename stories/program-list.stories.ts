import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ProgramSort } from '../src/components/program-card/program-catalog.js';
import '../src/components/program-card/program-list.js';
import type { ThemeName } from '../src/theme/theme.js';
import { districtDataset } from './fixtures.js';
import { PENDING_SRC } from './pending-source.js';
import { moneyUnitOf, type MoneyUnitArg, pageHeading } from './story-helpers.js';

interface Args {
  programIds?: string;
  district?: string;
  division?: string;
  query?: string;
  sort: ProgramSort;
  full: boolean;
  limit?: number;
  headlineLevel: number;
  unit: MoneyUnitArg;
  theme?: ThemeName;
  /** A docs row without a control (see argTypes): the render does not pass it. */
  department?: never;
}

const meta: Meta<Args> = {
  title: 'Widgets/Program list',
  component: 'wfp-program-list',
  tags: ['autodocs'],
  args: { sort: 'order', full: false, headlineLevel: 3, unit: 'auto' },
  argTypes: {
    programIds: { control: 'text', description: 'A curated set, in this order (`program-ids`): ids or exact Korean titles separated by commas (ids alone may be separated by spaces).' },
    district: {
      control: 'select',
      options: [undefined, 'gangseo', 'geumcheon', 'yeongdeungpo', 'jung', 'songpa'],
      description: 'Keep programs that name this district or run citywide (id or Korean name).',
    },
    division: {
      control: 'select',
      options: [undefined, 'gender-equality', 'low-birth-task-force', 'early-childhood', 'childcare', 'children', 'family-multicultural', 'single-household'],
    },
    query: { control: 'text', description: 'Initial search text; Hangul initial consonants work (ㅋㅈㅋㅍ → 키즈카페).' },
    headlineLevel: { control: { type: 'number', min: 2, max: 6, step: 1 }, description: 'Heading level of each card title (`headline-level`).' },
    limit: { control: { type: 'number', min: 1, step: 1 } },
    // The same filter as `division`, under the name the other widgets use: one control is enough.
    department: { control: false },
  },
  render: (args, { globals }) => html`${pageHeading(globals, '여성가족정책실 사업', 'Programs of the Women & Family Policy Office')}
    <wfp-program-list
      program-ids=${args.programIds || nothing}
      district=${args.district || nothing}
      division=${args.division || nothing}
      query=${args.query || nothing}
      sort=${args.sort}
      ?full=${args.full}
      limit=${args.limit ?? nothing}
      headline-level=${args.headlineLevel}
      unit=${moneyUnitOf(args.unit)}
      theme=${args.theme || nothing}
    ></wfp-program-list>`,
  parameters: {
    docs: {
      description: {
        component:
          "The report's programs as compact cards with a search box that understands Hangul initial consonants, filters by division and district, sorting, and a politely announced result count.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const AllPrograms: Story = {
  name: 'All programs (default)',
  // The context only (a render taking no args is what tells Storybook to show no controls).
  render: (...[, { globals }]) => html`${pageHeading(globals, '여성가족정책실 사업', 'Programs of the Women & Family Policy Office')}
    <wfp-program-list></wfp-program-list>`,
};

export const District: Story = {
  name: 'District (강서구)',
  args: { district: 'gangseo' },
  parameters: { docs: { description: { story: 'Programs that name 강서구 (first) or run citywide, each with a badge saying which.' } } },
};

export const Division: Story = {
  name: 'Division (아이돌봄담당관)',
  args: { division: 'childcare', sort: 'budget' },
};

export const SearchedByInitials: Story = {
  name: 'Searched by initial consonants (ㅋㅈㅋㅍ)',
  args: { query: 'ㅋㅈㅋㅍ' },
  parameters: { docs: { description: { story: '`query="ㅋㅈㅋㅍ"` finds every title containing 키즈카페.' } } },
};

export const FilteredToZero: Story = {
  name: 'Filtered to zero',
  args: { query: '우주정거장', district: 'gangseo' },
  parameters: { docs: { description: { story: 'Nothing matches: a sentence and a button that clears the search and the division (the district stays).' } } },
};

export const Curated: Story = {
  name: 'Curated program ids',
  args: { programIds: 'mom-dad-taxi, first-meeting-voucher, idolbom-childcare-service, initiative-05-seoul-kids-cafe-expansion' },
  parameters: { docs: { description: { story: 'A portal picks its programs and their order with `program-ids`.' } } },
};

export const Limited: Story = {
  name: 'Limited to 6 cards (강서구)',
  args: { district: 'gangseo', limit: 6 },
  parameters: {
    docs: {
      description: {
        story: '`limit="6"`: the first six cards, then "전체 65개 보기". The button shows the rest and takes the focus to the first card it added; a new search starts from six again.',
      },
    },
  },
};

export const FullCards: Story = {
  name: 'Full cards',
  args: { programIds: 'mom-dad-taxi, initiative-10-family-meal-discounts', full: true },
};

export const Loading: Story = {
  render: () => html`<wfp-program-list src=${PENDING_SRC}></wfp-program-list>`,
};

export const UnknownIds: Story = {
  name: 'Error — some program ids unknown',
  args: { programIds: 'mom-dad-taxi, mom-dad-taxii, no-such-program' },
  parameters: {
    docs: {
      description: {
        story:
          'Unknown ids in `program-ids`: the programs that exist still show, under a box that names the others and suggests the closest real ids. Only a list whose ids all fail is the box alone.',
      },
    },
  },
};

export const YourOwnData: Story = {
  name: 'Your own data',
  // The context only (a render taking no args is what tells Storybook to show no controls).
  render: (...[, { globals }]) => html`${pageHeading(globals, '가상구 여성가족과 사업', 'Programs of the Gasang-gu Women & Family Division')}
    <wfp-program-list .dataset=${districtDataset} district="gangseo"></wfp-program-list>`,
};
