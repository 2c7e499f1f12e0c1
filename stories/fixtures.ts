import type { DatasetInput } from '../src/schema/types.js';
import example from '../examples/district-minimal.json';

/**
 * "Your own data": the smallest dataset a district could publish in the shared schema — two
 * budget lines of its own, one division's staffing, one program and one facility. The same file
 * the README gives webmasters to start from (examples/district-minimal.json, shipped in the
 * package); its figures are illustrative, not official.
 */
export const districtDataset = example as unknown as DatasetInput;

let fileWithAMistake: string | undefined;

/**
 * The same file as a district might upload it after editing by hand: a comma left after the last
 * budget line. A blob: URL, so the widget fetches it like any file (and names it in its box).
 */
export function districtFileWithAMistake(): string {
  const text = JSON.stringify(example, null, 2).replace(/\}\n {2}\],\n {2}"programs"/, '},\n  ],\n  "programs"');
  fileWithAMistake ??= URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  return fileWithAMistake;
}
