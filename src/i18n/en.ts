import type { Labels } from './labels.js';

/** A file the CDN script imports on use is missing (see koBesideScript). */
export const enBesideScript = (file: string) => `Check that ${file} from the same release as wfp-widgets.js is beside the script.`;

export const en: Labels = {
  common: {
    loading: 'Loading data',
    retry: 'Try again',
    source: 'Source',
    sourceSample: 'Seoul Metropolitan Government, Women & Family Policy Office, Work Report (April 2024) · As of 31 March 2024',
    citation: <T>(publisher: T, title: T, reported: string) => [publisher, ', ', title, ` (${reported})`],
    errorTitles: {
      'wfp-execution-gauge': 'The budget execution cannot be shown',
      'wfp-staffing-table': 'The staffing table cannot be shown',
      'wfp-program-card': 'The program cannot be shown',
      'wfp-program-list': 'The program list cannot be shown',
      'wfp-facility-locator': 'The facilities cannot be shown',
      other: 'This information cannot be shown',
    },
    dataErrors: {
      network: (url) => `The data file (${url}) could not be reached. Check the network connection.`,
      timeout: (url) => `The data file (${url}) did not answer in time.`,
      http: (url, status) =>
        `The data file (${url}) could not be fetched (HTTP ${status}${status === 404 ? ', not found). Check the address and where the file was uploaded.' : ').'}`,
      'content-type': (url, type, sent) =>
        `The data file (${url}) was sent as ${type}, not JSON. ${sent === 'page' ? 'The path may be wrong, or need a login.' : sent === 'table' ? 'CSV and spreadsheet files cannot be used: upload the data as JSON.' : 'Have the server send it as application/json.'}`,
      'too-large': (url, limit) => `The data file (${url}) is too large (limit ${limit}).`,
      cors: (origin) => `A file on another site (${origin}) must allow this page with CORS (Access-Control-Allow-Origin).`,
      validator: (url) =>
        `The program file that checks the data file (${url}) could not be loaded. ${__WFP_CDN__ ? `${enBesideScript('wfp-validator.js')} Pages served neither over HTTPS nor from localhost need it for the official data too.` : 'Check the network connection, then reload the page.'}`,
      json: (url, at, checkerMissing) =>
        `The data file (${url}) is not valid JSON.${at ? ` At ${at.place}: ${at.reason}.` : ''}${__WFP_CDN__ && checkerMissing ? ` The file that finds the mistake could not be loaded. ${enBesideScript('wfp-json-syntax.js')}` : ''}`,
      encoding: (url) => `The data file (${url}) is not UTF-8 (EUC-KR or UTF-16, say). Save it as UTF-8 and upload it again.`,
      schema: (count) => `The data failed validation (${count} problem${count === 1 ? '' : 's'}). The browser console lists ${count > 20 ? 'the first 20' : 'them all'}.`,
    },
    problemAt: (path, message) => `First problem: ${path} — ${message}`,
    likelyCause: (path, message) => `Possibly the cause: ${path} — ${message}`,
    invalidHeadlineLevel: (value) => `headline-level="${value}" cannot be used. Use a whole number from 2 to 6.`,
  },
};
