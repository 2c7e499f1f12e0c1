// <wfp-program-list> with every program of the official dataset: full cards (their nested
// budget-line gauges included), or compact ones with ?compact=1; from dist/program-list.js, given
// the preloaded JSON. Most cards are below the fold, where the list skips their layout and paint.
import '/bench-build/mark-start.js';
import '../../dist/program-list.js';
import { data, measureRender, params, run, settleWidgets } from './harness.js';

run(() =>
  measureRender(async (root) => {
    const raw = data();
    const list = document.createElement('wfp-program-list');
    list.dataset = raw;
    list.full = params.get('compact') !== '1';
    root.append(list);
    return { widgets: await settleWidgets(root), cards: raw.programs.length };
  }),
);
