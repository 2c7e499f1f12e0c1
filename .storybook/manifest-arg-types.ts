import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * Docs rows and controls from custom-elements.json, replacing the web-components renderer's own
 * extractor, which (Storybook 10.6) keys every row by its bare name, so:
 * - a part, CSS property or slot named like an attribute replaces it (the gauge's `pace`,
 *   `breakdown` and `label` became parts without a control);
 * - a property and its attribute are two rows (`headlineLevel` and `headline-level`), and only the
 *   one the story's render reads does anything;
 * - a type the manifest names by alias (`Variant`, `MoneyUnit`) is no Storybook type: the control
 *   falls back to a JSON editor and Storybook drops the arg from a URL (`&args=variant:bar`).
 *
 * Here each attribute is one row keyed by its property name (what the stories' args use; its
 * description starts with the attribute's name where the two differ, `boundaries-src`), typed
 * `string` / `number` / `boolean`, or `enum` with the values given for its alias. Parts, CSS
 * properties, slots, events and property-only inputs (`.dataset`) are documented under their own
 * keys, without a control: a story's render does not read them.
 */

/** The values of a type alias: a list, or option → label where the option must stay URL-safe. */
export type Choices = readonly (string | undefined)[] | Readonly<Record<string, string>>;

interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
interface ManifestMember extends ManifestItem {
  kind: string;
  attribute?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}
export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

/** Documentation-only rows, with the key prefix that keeps them apart from the inputs. */
const DOCUMENTED = [
  ['events', 'event', 'events'],
  ['slots', 'slot', 'slots'],
  ['cssProperties', 'cssprop', 'css custom properties'],
  ['cssParts', 'part', 'css shadow parts'],
] as const;

function row(item: ManifestItem, category: string) {
  return {
    name: item.name,
    description: item.description,
    table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
  };
}

/** An attribute's Storybook type and control, or an error naming the alias that has no values. */
function inputType(tagName: string, attribute: ManifestAttribute, choices: Readonly<Record<string, Choices>>): ArgTypes[string] {
  const text = attribute.type?.text ?? 'string';
  const parts = text.split('|').map((part) => part.trim());
  const nullable = parts.some((part) => part === 'null' || part === 'undefined');
  const [base, ...others] = parts.filter((part) => part !== 'null' && part !== 'undefined');
  if (others.length > 0 || !base) throw new Error(`<${tagName}> ${attribute.name}: no control for the type "${text}"`);
  if (base === 'string' || base === 'number' || base === 'boolean') return { type: { name: base, required: false } };
  const values = choices[base];
  if (!values) throw new Error(`<${tagName}> ${attribute.name}: add the values of "${base}" to the choices in .storybook/preview.ts`);
  const options = Array.isArray(values) ? values : Object.keys(values);
  // An unset nullable attribute means something (the report's own order): keep it choosable.
  const value = nullable && !options.includes(undefined) ? [undefined, ...options] : options;
  const labels = { ...(nullable && { undefined: '(unset)' }), ...(Array.isArray(values) ? {} : values) };
  return {
    type: { name: 'enum', value: value as string[], required: false },
    options: value,
    control: { type: value.length <= 5 ? 'inline-radio' : 'select', labels },
  };
}

/** `parameters.docs.extractArgTypes` for the given manifest and the values of its type aliases. */
export function manifestArgTypes(manifest: Manifest, choices: Readonly<Record<string, Choices>>) {
  return (tagName: string): ArgTypes | null => {
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((item) => item.tagName === tagName);
    if (!declaration) return null;
    const argTypes: ArgTypes = {};
    for (const attribute of declaration.attributes ?? []) {
      // Named like its key, as Storybook names the stories' own argTypes (`headlineLevel`).
      const key = attribute.fieldName ?? attribute.name;
      // The row is named after the property; someone writing HTML needs the attribute's own name.
      const described = key === attribute.name ? attribute : { ...attribute, description: `Attribute \`${attribute.name}\`. ${attribute.description ?? ''}`.trim() };
      argTypes[key] = { ...row(described, 'attributes'), name: key, ...inputType(tagName, attribute, choices) };
    }
    for (const member of declaration.members ?? []) {
      if (member.kind !== 'field' || member.static || member.attribute) continue;
      argTypes[member.name] = { ...row(member, 'properties'), control: { disable: true } };
    }
    for (const [field, prefix, category] of DOCUMENTED) {
      for (const item of declaration[field] ?? []) {
        if (item.name) argTypes[`${prefix}:${item.name}`] = { ...row(item, category), control: { disable: true } };
      }
    }
    return argTypes;
  };
}
