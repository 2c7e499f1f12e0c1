import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
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

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('dataset')) {
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
