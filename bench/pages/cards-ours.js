// <wfp-program-card compact program=…> for the first n programs of the official dataset (each card's
// nested budget-line gauges included), from dist/program-card.js, given the preloaded JSON.
import '/bench-build/mark-start.js';
import '../../dist/program-card.js';
import { data, measureRender, params, run, settleWidgets } from './harness.js';

run(() =>
  measureRender(async (root) => {
    const raw = data();
    const programs = raw.programs.slice(0, Number(params.get('n') ?? 65));
    for (const program of programs) {
      const card = document.createElement('wfp-program-card');
      card.dataset = raw;
      card.compact = true;
      card.setAttribute('program', program.id);
      root.append(card);
    }
    return { widgets: await settleWidgets(root), cards: programs.length };
  }),
);
