// Storybook's docs tables come from custom-elements.json through .storybook/manifest-arg-types.ts
// (npm test builds first). A designer copies names from them into HTML.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { manifestArgTypes, type Choices, type Manifest } from '../../.storybook/manifest-arg-types.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest & {
  modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string }[] }[] }[];
};
/** Every type alias gets some values: this test is about names, not controls. */
const anyChoices = new Proxy({}, { get: () => ['a', 'b'] }) as Record<string, Choices>;

test('an attribute row named after its property says which attribute to write in HTML', () => {
  const argTypesOf = manifestArgTypes(manifest, anyChoices);
  let renamed = 0;
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName)) {
    const argTypes = argTypesOf(declaration.tagName!)!;
    for (const attribute of declaration.attributes ?? []) {
      const row = argTypes[attribute.fieldName ?? attribute.name]!;
      if (attribute.fieldName && attribute.fieldName !== attribute.name) {
        renamed += 1;
        assert.match(String(row.description), new RegExp(`^Attribute \`${attribute.name}\`\\. \\S`), `<${declaration.tagName}> ${attribute.fieldName}`);
      } else {
        assert.doesNotMatch(String(row.description ?? ''), /^Attribute `/, `<${declaration.tagName}> ${attribute.name}`);
      }
    }
  }
  // boundaries-src, open-now, headline-level ×3, program-ids at least.
  assert.ok(renamed >= 6, `only ${renamed} renamed attributes`);
});
