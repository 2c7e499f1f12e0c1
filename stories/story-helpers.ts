import { html, type TemplateResult } from 'lit';
import { MONEY_UNITS, type MoneyUnit } from '../src/format/money.js';

/**
 * Small helpers for play functions. Widgets render into their shadow root after the dataset has
 * loaded, so a play function waits for the element it wants to act on, as a reader would.
 */
export async function waitForShadowElement<T extends Element>(host: Element, selector: string, timeoutMs = 10_000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (performance.now() - started > timeoutMs) throw new Error(`<${host.localName}> rendered no "${selector}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * URL-safe names of the money units, for the unit controls. Storybook ignores a URL arg that is
 * not plain ASCII (`&args=unit:억원` does nothing), so the controls hold these names, label them
 * in Korean, and a story's render passes `moneyUnitOf(args.unit)` to the widget. `satisfies` makes
 * a unit added to MoneyUnit fail the typecheck until it has a name here.
 */
const MONEY_UNIT_NAMES = {
  auto: 'auto',
  원: 'won',
  천원: 'thousand-won',
  백만원: 'million-won',
  억원: 'hundred-million-won',
  조원: 'trillion-won',
} as const satisfies Record<MoneyUnit, string>;

export type MoneyUnitArg = (typeof MONEY_UNIT_NAMES)[MoneyUnit];

/** The unit controls' options (in MONEY_UNITS order), each labelled with the unit it stands for. */
export const MONEY_UNIT_CHOICES: Readonly<Record<MoneyUnitArg, MoneyUnit>> = Object.fromEntries(
  MONEY_UNITS.map((unit) => [MONEY_UNIT_NAMES[unit], unit]),
) as Record<MoneyUnitArg, MoneyUnit>;

export function moneyUnitOf(arg: MoneyUnitArg): MoneyUnit {
  return MONEY_UNIT_CHOICES[arg];
}

/**
 * A host page's own heading above a widget (the list's cards are h3 under it), in the toolbar's
 * locale: the page's words, like the widgets', follow the language a reader chose.
 */
export function pageHeading(globals: Record<string, unknown>, ko: string, en: string): TemplateResult {
  return html`<h2>${globals['locale'] === 'en' ? en : ko}</h2>`;
}
