import type { DatasetInput } from '../src/schema/types.js';
import example from '../examples/district-minimal.json';

/**
 * "Your own data": the smallest dataset a district could publish in the shared schema — two
 * budget lines of its own, one division's staffing, one program and one facility. The same file
 * the README gives webmasters to start from (examples/district-minimal.json, shipped in the
 * package); its figures are illustrative, not official.
 */
export const districtDataset = example as unknown as DatasetInput;

/**
 * The same file at a URL, as a district publishes it (examples/ is served at /examples/ by
 * .storybook/main.ts): for stories where the widgets fetch it, as they would on a portal.
 */
export const DISTRICT_FILE = '/examples/district-minimal.json';

/**
 * The same file as a district might upload it after editing by hand: a comma left after the last
 * budget line. A real file (stories/files/, served at /files/ by .storybook/main.ts), so the widget
 * fetches it like any published dataset and its box names the same URL on every load;
 * tests/node/stories.test.ts keeps it equal to the example but for that comma.
 */
export const DISTRICT_FILE_WITH_A_MISTAKE = '/files/district-with-a-mistake.json';
