import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loadDataset } from '../../src/data/load.js';
import { DatasetSchema } from '../../src/schema/dataset-schema.js';
import type { Dataset } from '../../src/schema/types.js';
import { codeName, docsStyles, withCode } from './docs-styles.js';
import { coverage, schemaSections, type FieldRow } from './schema-reference.js';

/**
 * The data schema, generated at build time from the valibot schemas (`DatasetSchema.entries`), and
 * the coverage of the official dataset (loaded and validated by the same loader the widgets use).
 * The "Data schema" docs page embeds these two stories.
 */
const meta: Meta = {
  title: 'Docs/Reference/Data schema',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

const sections = schemaSections(DatasetSchema);

function fieldCell(row: FieldRow) {
  return html`<th scope="row" style="padding-inline-start: ${0.5 + row.depth * 1}rem">${codeName(row.path)}</th>`;
}

export const Fields: Story = {
  name: 'Fields (from the schema)',
  render: () => html`${docsStyles}
    <div class="wfp-doc" lang="en">
      <p class="lead">
        ${sections.length} top-level sections, ${sections.reduce((sum, s) => sum + s.fields.length, 0)} fields — read from
        <code>DatasetSchema.entries</code> when Storybook was built.
      </p>
      ${sections.map(
        (section) => html`<section aria-labelledby="section-${section.name}">
          <h2 id="section-${section.name}">${codeName(section.name)}</h2>
          <p class="lead">
            ${section.type}${section.required ? ', required' : ', optional'}${section.description ? html` — ${withCode(section.description)}` : ''}
            ${section.rules.length > 0 ? html`<br /><span>Rules: ${section.rules.join('; ')}</span>` : nothing}
          </p>
          ${section.fields.length > 0
            ? html`<table>
                <caption>Fields of ${section.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Type</th>
                    <th scope="col">Required</th>
                    <th scope="col">Allowed values and rules</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  ${section.fields.map(
                    (row) => html`<tr>
                      ${fieldCell(row)}
                      <td>${row.type}${row.nullable ? ' or null' : ''}</td>
                      <td>${row.required ? 'yes' : row.defaultValue ? `no (default ${row.defaultValue})` : 'no'}</td>
                      <td>
                        ${row.allowed.map((value, index) => html`${index > 0 ? ' | ' : ''}${codeName(value)}`)}
                        ${row.allowed.length > 0 && row.rules.length > 0 ? html`<br />` : nothing} ${row.rules.join('; ')}
                      </td>
                      <td>${withCode(row.description)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
            : nothing}
        </section>`,
      )}
    </div>`,
};

export const Coverage: Story = {
  name: 'Coverage of the official dataset',
  loaders: [async () => ({ dataset: await loadDataset() })],
  render: (_args, { loaded }) => {
    const dataset = loaded['dataset'] as Dataset;
    const rows = coverage(DatasetSchema, dataset);
    return html`${docsStyles}
      <div class="wfp-doc" lang="en">
        <p class="lead">
          <span lang="ko">${dataset.meta.title.ko}</span> — figures as of ${dataset.meta.asOf}, published ${dataset.meta.reported}.
          Counted in the browser from the dataset the widgets load.
        </p>
        <table>
          <caption>Records per section, and how many records fill each optional field</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Records</th>
              <th scope="col">Distinct values referenced</th>
              <th scope="col">Optional fields filled (records)</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${codeName(row.section)}</th>
                <td class="number">${row.records === null ? '—' : row.records.toLocaleString('en')}</td>
                <td>${row.distinct.map((d, i) => html`${i > 0 ? ' · ' : ''}${codeName(d.field)} ${d.count}`)}</td>
                <td>
                  ${row.records === null
                    ? row.summary.map((part, i) => html`${i > 0 ? ' · ' : ''}<span lang=${/[가-힣]/.test(part) ? 'ko' : nothing}>${part}</span>`)
                    : row.filled.length === 0
                      ? html`<span class="muted">none</span>`
                      : row.filled.map((f, i) => html`${i > 0 ? ' · ' : ''}${codeName(f.field)} ${f.count}`)}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  },
};
