import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclaration } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../internal/custom-element.js';
import { datasetInputOf, readDatasetProperty, writeDatasetProperty, type DatasetPropertyValue } from '../../internal/dataset-property.js';
import { dataSourceContext, type DataSourceContext } from '../../data/context.js';

/**
 * Declares one dataset for every widget inside it, so a page names its data once.
 *
 * ```html
 * <wfp-data src="/data/gangseo-2024.json">
 *   <wfp-execution-gauge></wfp-execution-gauge>
 *   <wfp-staffing-table></wfp-staffing-table>
 * </wfp-data>
 * ```
 * A widget's own `.dataset` or `src` still takes precedence; with neither here nor there, widgets
 * use the embedded official dataset. The element itself renders only its children.
 *
 * @summary Shares one dataset (URL or object) with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
@customElement('wfp-data')
export class WfpData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: dataSourceContext, initialValue: {} });

  /** URL of a dataset in the shared schema, for every widget inside. */
  @property() src: string | null = null;

  /**
   * A dataset object for every widget inside (wins over `src`). Unset, it is the native `data-*` map.
   * @type {DatasetInput | Dataset | null}
   */
  override get dataset(): DOMStringMap {
    return readDatasetProperty(this);
  }
  override set dataset(value: DatasetPropertyValue) {
    writeDatasetProperty(this, value);
  }

  /** Whether a widget inside has asked for this element's data (see warnIfUnused). */
  private asked = false;

  constructor() {
    super();
    this.addEventListener('context-request', (event) => {
      if (event.context === dataSourceContext) this.asked = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Checked once the page is parsed, and after widgets waiting for this element's definition
    // have asked again (data-controller.ts).
    const check = () => setTimeout(() => this.warnIfUnused());
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  /**
   * `<wfp-data src="…"></wfp-data>` closed before the widgets (a CMS block of its own, say): they
   * show the official figures instead of the district's, and nothing on screen says so. Said once.
   */
  private warnIfUnused(): void {
    if (this.asked || !this.isConnected || (!this.src && datasetInputOf(this) === undefined)) return;
    // A widget inside that has not asked yet (its module imported later, or rendered by a framework
    // after a fetch) will: only a <wfp-data> with no widget in it at all is a mistake.
    if ([...this.querySelectorAll('*')].some((element) => element.localName.startsWith('wfp-'))) return;
    this.asked = true;
    const source = this.src ? `src="${this.src}"` : '.dataset';
    console.warn(`[wfp] <wfp-data ${source}> has no widget inside it; widgets after it show the official data. Close it after them.`);
  }

  /**
   * A new `src` or `.dataset` reaches the widgets inside at once, as it is set, not at this
   * element's next update: a page (or React, which sets a child's props before its parent's) that
   * changes a widget's `department` and this element's `src` in one step would otherwise have the
   * widget update first, on the old data, and look the new name up there.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // The provider is a field, made before `src` is first set; the guard is for Lit's own calls
    // during construction.
    const now = name === 'src' ? this.src : name === 'dataset' ? datasetInputOf(this) : oldValue;
    if (now !== oldValue && this.provider) {
      const value: DataSourceContext = {
        ...(this.src && { src: this.src }),
        ...(datasetInputOf(this) !== undefined && { dataset: datasetInputOf(this) }),
      };
      this.provider.setValue(value);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wfp-data': WfpData;
  }
}
