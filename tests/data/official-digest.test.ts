/**
 * The validator loads on first use, not with the widgets. This file must not import src/schema/parse
 * (or anything that does) statically: it checks, from the page's resource timings, that the validator
 * module is requested only for datasets other than the official one, and that those are still
 * validated in full. (Each test file runs in its own page.)
 */
import { expect } from '@open-wc/testing';
import { clearDatasetCache, loadDataset, OFFICIAL_DATASET_SHA256, OFFICIAL_DATASET_URL, useDatasetObject, validateDataset } from '../../src/data/index.js';
import { DatasetLoadError } from '../../src/data/errors.js';

const validatorRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/schema/parse.ts'));
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('official dataset recognised by its SHA-256 (validator loaded lazily)', () => {
  beforeEach(() => clearDatasetCache());

  it('the test runner compiles in the digest of the official file it serves', async () => {
    const bytes = new Uint8Array(await (await fetch(OFFICIAL_DATASET_URL)).arrayBuffer());
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    expect(OFFICIAL_DATASET_SHA256).to.equal(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('loading the official dataset — by default and from a copy at another URL — does not download the validator', async () => {
    const dataset = await loadDataset();
    expect(dataset.budgetLines).to.have.length(227);
    const copy = blobUrl(await (await fetch(OFFICIAL_DATASET_URL)).text());
    const fromCopy = await loadDataset(copy);
    expect(fromCopy.facilities).to.have.length(91);
    expect(validatorRequested(), 'validator module requested').to.equal(false);
  });

  it('a file that differs from the official one by a single value is validated in full and rejected when wrong', async () => {
    const text = await (await fetch(OFFICIAL_DATASET_URL)).text();
    // One budget line made negative: the file is no longer the official one, and no longer valid.
    const json = JSON.parse(text);
    json.budgetLines[0].budget = -1;
    const error = await loadDataset(blobUrl(JSON.stringify(json))).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).to.equal('schema');
    expect((error as DatasetLoadError).problems.some((item) => item.path.startsWith('$.budgetLines[0]'))).to.equal(true);
    expect(validatorRequested(), 'validator module requested').to.equal(true);
  });

  it('widgets handed one object at the same moment share one validation (one result object, not one each)', async () => {
    const json = JSON.parse(await (await fetch(OFFICIAL_DATASET_URL)).text());
    const results = await Promise.all(Array.from({ length: 20 }, () => useDatasetObject(json)));
    expect(new Set(results).size).to.equal(1);
  });

  it('a .dataset object is validated (asynchronously) and memoised per object; validateDataset reports problems', async () => {
    const json = JSON.parse(await (await fetch(OFFICIAL_DATASET_URL)).text());
    const dataset = await useDatasetObject(json);
    expect(dataset.programs).to.have.length(69);
    expect(await useDatasetObject(json)).to.equal(dataset);
    const result = await validateDataset({ schemaVersion: '1.0' });
    expect(result.ok).to.equal(false);
  });
});
