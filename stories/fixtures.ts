import type { DatasetInput } from '../src/schema/types.js';
import example from '../examples/district-minimal.json';

/**
 * "Your own data": the smallest dataset a district could publish in the shared schema — two
 * budget lines of its own, one division's staffing, one program and one facility. The same file
 * the README gives webmasters to start from (examples/district-minimal.json, shipped in the
 * package); its figures are illustrative, not official.
 */
export const districtDataset = example as unknown as DatasetInput;
