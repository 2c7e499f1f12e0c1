/**
 * A dataset URL that never answers, so "Loading" stories can show the skeleton for as long as a
 * designer looks at it. Only Storybook installs this fetch wrapper; the widgets know nothing of it.
 */
export const PENDING_SRC = '/__story/pending-dataset.json';

const originalFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes(PENDING_SRC)) return new Promise<Response>(() => undefined);
  return originalFetch(input, init);
};
