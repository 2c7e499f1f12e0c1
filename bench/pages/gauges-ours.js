// <wfp-execution-gauge line=…> × n, from the npm entry (dist/execution-gauge.js) bundled with Lit and
// its dependencies. Each gauge gets the preloaded JSON as `.dataset`: the widgets validate it once
// (memoised per object) inside the timed span, then render.
import '/bench-build/mark-start.js';
import '../../dist/execution-gauge.js';
import { runGauges } from './harness.js';

runGauges();
