// <wfp-facility-locator> given the synthetic 5,000-facility dataset (preloaded JSON) as `.dataset`:
// first render (validation of the 5,000 facilities and the search index included), then with
// `?search=1` the search keystroke → paint latency, as a user typing "키즈카페" with a Korean IME
// (each composition step is an input event), then deleting it.
import '/bench-build/mark-start.js';
import '../../dist/facility-locator.js';
import { data, doubleRaf, measureRender, params, report, fail, settleWidgets } from './harness.js';

const TYPED = ['ㅋ', '키', '키ㅈ', '키즈', '키즈ㅋ', '키즈카', '키즈카ㅍ', '키즈카페', '키즈카', '키즈', '키', ''];
const now = () => performance.now();

/** Sets the search field as typing does and fires its input event (what the element listens to). */
function type(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Keystroke in a task at a random point of the frame → second requestAnimationFrame: what the
 * brief asks for. Includes the wait for the next frame and one whole frame interval after it.
 */
async function doubleRafLatency(input, value) {
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 16));
  const t0 = now();
  type(input, value);
  return (await doubleRaf()) - t0;
}

/**
 * Keystroke at the start of a frame (inside a rAF callback) → a message posted there, which runs
 * right after that frame's rendering: script + style + layout + paint of the frame that shows the
 * result, without waiting for vsync. This is what must fit in a 16.7 ms frame.
 */
function frameWork(input, value) {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = now();
      if (input) type(input, value);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(now() - t0);
      channel.port2.postMessage(null);
    }),
  );
}

async function main() {
  let locator;
  const first = await measureRender(async (root) => {
    locator = document.createElement('wfp-facility-locator');
    locator.dataset = data();
    root.append(locator);
    return { widgets: await settleWidgets(root), facilities: data().facilities.length };
  });
  if (params.get('search') !== '1') return first;

  // Profiling (BENCH_PROFILE=1) starts its recorder here, after the first render.
  if (params.get('gate') === '1') await new Promise((resolve) => (globalThis.__benchContinue = resolve));

  performance.mark('bench-start');
  const input = locator.shadowRoot.querySelector('#search');
  if (!input) throw new Error('no #search input in <wfp-facility-locator>');
  // Pass 1 is the page's first typing (code still cold); pass 2, the same keystrokes again (warm),
  // is the figure compared with the target, as every other figure is taken after a warm-up.
  const passes = [[], []];
  const matches = [];
  for (const work of passes) {
    for (const value of TYPED) {
      work.push(await frameWork(input, value));
      if (locator.isUpdatePending) throw new Error('the locator had not rendered the keystroke within its frame');
      if (work === passes[0]) matches.push(locator.result?.matches?.length ?? null);
      await doubleRaf();
    }
  }
  const [cold, work] = passes;
  const latency = [];
  const idle = [];
  for (const value of TYPED) {
    latency.push(await doubleRafLatency(input, value));
    idle.push(await doubleRafLatency(document.createElement('input'), value)); // same wait, no widget work
  }
  performance.mark('bench-end');
  return { first, cold, work, latency, idle, matches, typed: TYPED };
}

main().then(report, fail);
