// The same gauges from the CDN file as shipped (dist/cdn/wfp-widgets.js, every element registered),
// loaded as its own module after the clock starts.
import '/bench-build/mark-start.js';
import '/dist/cdn/wfp-widgets.js';
import { runGauges } from './harness.js';

runGauges();
