import { LitElement, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import { datasetInputOf, readDatasetProperty, writeDatasetProperty, type DatasetPropertyValue } from './dataset-property.js';
import { baseStyles } from '../theme/base-styles.js';
import type { ThemeName } from '../theme/theme.js';
import { measureWidgetRem, widgetRemStyles, withWidgetRem } from '../theme/widget-rem.js';
import { WidgetController } from './widget-controller.js';

// Every widget's declaration file reaches this one: it carries `wfp-error` into
// GlobalEventHandlersEventMap for pages that import a single element (see program-list.ts).
export type { WfpErrorDetail, WfpErrorEvent } from '../events/wfp-error-event.js';

/**
 * The public surface every widget shares: `src`, `theme`, `.dataset`, inherited `lang`.
 * Figures, layout and events live in each component; this class only holds the common inputs.
 */
export abstract class WidgetElement extends LitElement {
  static override styles = [baseStyles, widgetRemStyles];

  /** Every widget's lengths in the widgets' rem, not the page's (src/theme/widget-rem.ts). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles(styles).map(withWidgetRem);
  }

  protected readonly widget = new WidgetController(this);

  /** URL of a dataset in the shared schema. Takes precedence over an enclosing `<wfp-data>` and the official dataset. */
  @property() src: string | null = null;

  /**
   * Colour theme: `light`, `dark`, `high-contrast` or `auto` (follows the operating system).
   * Inherited from the closest ancestor with a `theme` attribute when not set here, else from a
   * KRDS page's display mode (`<html data-krds-mode>`), else the page's CSS `color-scheme`: light
   * on a light-only page, the system's light or dark where the page declares both.
   */
  @property({ reflect: true }) theme?: ThemeName;

  /**
   * A dataset object in the shared schema (validated on assignment). The most specific source: wins
   * over `src`, `<wfp-data>` and the official dataset. While unset, reading it returns the native
   * `data-*` map.
   * @type {DatasetInput | Dataset | null}
   */
  override get dataset(): DOMStringMap {
    return readDatasetProperty(this);
  }
  override set dataset(value: DatasetPropertyValue) {
    writeDatasetProperty(this, value);
  }

  /**
   * What `.dataset` was set to, or undefined (read by the data controller).
   * @internal
   */
  get datasetInput(): unknown {
    return datasetInputOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    measureWidgetRem(this.renderRoot);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    readInputsAsAttributes(this, changed);
    if (changed.has('theme') || changed.has('lang')) this.widget.refreshContext();
  }
}

/**
 * Inputs as their attributes would give them. A Number property set to text that is a number reads
 * as that number (Vue's `headlineLevel="4"`). A text input (a property that mirrors an attribute,
 * untyped or `String`) set from script to a number or anything else but a string —
 * `gauge.budget = 1200000000`, `locator.district = 11500`, React's `budget={1200000000}` — reads as
 * its text, as the attribute would. The widgets' parsing and
 * lookups then take it (11500 is a district code) or name it in their box; a number must not reach
 * code that calls string methods on it and throw into the page.
 */
function readInputsAsAttributes(element: WidgetElement, changed: Map<PropertyKey, unknown>): void {
  const properties = (element.constructor as typeof LitElement).elementProperties;
  const record = element as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    const options = properties.get(key);
    const value = record[key];
    // A number given as text to a Number property (Vue's headlineLevel="4", a property set from an
    // attribute's value) is that number, as Lit reads the attribute "4" (or "4.0").
    if (options?.type === Number && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) record[key] = Number(value);
    if (!options || options.attribute === false || (options.type !== undefined && options.type !== String)) continue;
    if (value !== null && value !== undefined && typeof value !== 'string') record[key] = textOf(value);
  }
}

/** String(value), or "[object Object]" for an object whose own conversion throws (no prototype, say). */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
