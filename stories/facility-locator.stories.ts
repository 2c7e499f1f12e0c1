import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FeatureCollection, Polygon } from 'geojson';
import { html, nothing } from 'lit';
import '../src/components/facility-locator/facility-locator.js';
import { SEOUL_TILE_LAYOUT } from '../src/components/facility-locator/tile-layout.js';
import type { ThemeName } from '../src/theme/theme.js';
import { districtDataset } from './fixtures.js';
import { PENDING_SRC } from './pending-source.js';

/** A fixed Wednesday morning in Seoul, so "open now" shows the same facilities on every visit. */
const WEDNESDAY_MORNING = new Date('2024-03-27T10:00:00+09:00');

/**
 * A tiny synthetic FeatureCollection: one square per district, placed where the tile map puts it
 * (about 6 km apart, around Seoul's real longitude and latitude). Real boundary files (SGIS, 통계청)
 * have the same shape — features whose properties name a district — only with true outlines.
 */
function squareDistricts(ids?: readonly string[]): FeatureCollection<Polygon> {
  const tiles = ids ? SEOUL_TILE_LAYOUT.filter((tile) => ids.includes(tile.id)) : SEOUL_TILE_LAYOUT;
  const size = 0.06;
  const gap = 0.004;
  return {
    type: 'FeatureCollection',
    features: tiles.map((tile) => {
      const west = 126.8 + tile.column * size;
      const north = 37.7 - tile.row * size * 0.8;
      const east = west + size - gap;
      const south = north - size * 0.8 + gap;
      return {
        type: 'Feature',
        properties: { id: tile.id },
        // Counter-clockwise exterior ring (RFC 7946).
        geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
      };
    }),
  };
}

interface Args {
  district?: string;
  types?: string;
  query?: string;
  openNow: boolean;
  headlineLevel: number;
  theme?: ThemeName;
  /** A docs row without a control (see argTypes): the render does not pass it. */
  boundariesSrc?: never;
}

/** The locator as every args story renders it (`now` pins the clock), so each control shown reaches it. */
function locator(args: Args, now?: Date) {
  return html`<wfp-facility-locator
    district=${args.district || nothing}
    types=${args.types || nothing}
    query=${args.query || nothing}
    ?open-now=${args.openNow}
    headline-level=${args.headlineLevel}
    theme=${args.theme || nothing}
    .now=${now ?? null}
  ></wfp-facility-locator>`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Facility locator',
  component: 'wfp-facility-locator',
  tags: ['autodocs'],
  args: { openNow: false, headlineLevel: 2 },
  argTypes: {
    district: {
      control: 'select',
      options: [undefined, 'gangseo', 'geumcheon', 'dongjak', 'mapo', 'songpa', '강서구', '11500'],
      description: 'Preselected district: id, Korean or English name, or 5-digit code.',
    },
    types: { control: 'text', description: 'Comma-separated facility type ids or Korean names (`kids-cafe,toy-library`).' },
    query: { control: 'text', description: 'Search text; initial consonants work (ㅋㅈㅋㅍ).' },
    openNow: { control: 'boolean', description: '`open-now`: only facilities open at this moment (Asia/Seoul).' },
    headlineLevel: { control: { type: 'number', min: 2, max: 6, step: 1 }, description: 'Level of the widget title (`headline-level`), 2–6; section headings one below, facility names two.' },
    // A boundaries file to fetch; the Boundaries stories pass one as `.boundaries` instead.
    boundariesSrc: { control: false },
  },
  render: (args) => locator(args),
  parameters: {
    docs: {
      description: {
        component:
          "The Office's facilities on a tile map of the 25 districts (or boundaries the page supplies), with search, type chips, \"open now\" and a synced result list. No map tiles, no external requests.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const AllOfSeoul: Story = {
  name: 'All of Seoul (default)',
  render: () => html`<wfp-facility-locator></wfp-facility-locator>`,
};

export const District: Story = {
  name: 'District (금천구)',
  args: { district: 'geumcheon' },
  parameters: { docs: { description: { story: 'A district portal preselects its own district; the tile stays pressed and the list is grouped under it.' } } },
};

export const Types: Story = {
  name: 'Types filter',
  args: { types: 'kids-cafe,toy-library,childcare-support-center,morning-care-center' },
  parameters: { docs: { description: { story: 'Type chips are toggle buttons (`aria-pressed`); the map counts only the chosen types.' } } },
};

export const Searched: Story = {
  name: 'Searched by initial consonants (ㅋㅈㅋㅍ)',
  args: { query: 'ㅋㅈㅋㅍ' },
};

export const OpenNow: Story = {
  name: 'Open now (Wednesday 10:00)',
  args: { openNow: true },
  render: (args) => locator(args, WEDNESDAY_MORNING),
  parameters: {
    docs: {
      description: {
        story: 'Only facilities with published weekly hours can be judged. `.now` pins the clock to Wednesday 27 March 2024, 10:00 in Seoul.',
      },
    },
  },
};

export const Empty: Story = {
  name: 'Empty (no kids café in 송파구)',
  args: { district: 'songpa', types: 'kids-cafe' },
  parameters: { docs: { description: { story: 'Nothing matches in the district: a sentence and a button to show all of Seoul.' } } },
};

export const Boundaries: Story = {
  render: () => html`<wfp-facility-locator .boundaries=${squareDistricts()}></wfp-facility-locator>`,
  parameters: {
    docs: {
      description: {
        story:
          'Boundaries passed as an object (`.boundaries`): here a synthetic FeatureCollection of squares. d3-geo is loaded only now, on first use.',
      },
    },
  },
};

export const PartialBoundaries: Story = {
  name: 'Boundaries covering a few districts',
  render: () =>
    html`<wfp-facility-locator district="gangseo" .boundaries=${squareDistricts(['gangseo', 'yangcheon', 'guro', 'geumcheon', 'yeongdeungpo', 'mapo'])}></wfp-facility-locator>`,
  parameters: { docs: { description: { story: 'Districts the file does not cover stay reachable as buttons below the map.' } } },
};

export const Loading: Story = {
  render: () => html`<wfp-facility-locator src=${PENDING_SRC}></wfp-facility-locator>`,
};

export const UnknownDistrict: Story = {
  name: 'Error — unknown district',
  args: { district: '판교구' },
  parameters: { docs: { description: { story: 'An unknown district: the error box lists the 25 valid values.' } } },
};

export const DataFailure: Story = {
  render: () => html`<wfp-facility-locator src="/missing-dataset.json"></wfp-facility-locator>`,
};

export const YourOwnData: Story = {
  name: 'Your own data',
  render: () => html`<wfp-facility-locator .dataset=${districtDataset} district="gangseo" .now=${WEDNESDAY_MORNING}></wfp-facility-locator>`,
};
