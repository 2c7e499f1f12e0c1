import { createContext } from '@lit/context';

/**
 * What a `<wfp-data>` provider hands to the widgets inside it: a URL to load, or a dataset
 * object (validated by each consumer through a shared memo), whichever the page gave it.
 */
export interface DataSourceContext {
  src?: string;
  dataset?: unknown;
}

export const dataSourceContext = createContext<DataSourceContext | undefined>(Symbol.for('wfp-data-source'));
