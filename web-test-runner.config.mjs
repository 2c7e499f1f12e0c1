// Browser tests: every tests/**/*.test.ts runs in headless Chromium (system install, see
// scripts/find-chrome.mjs). TypeScript is compiled by esbuild with our tsconfig so Lit's
// experimental decorators are honoured (without it esbuild assumes standard decorators).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findChrome } from './scripts/find-chrome.mjs';
import { sha256Hex, sourceDatasetBytes } from './scripts/official-dataset.mjs';
import { faultServer } from './tests/hardening/fault-server.mjs';
import { memoryCommands } from './tests/hardening/memory-commands.mjs';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Writes the pass/fail counts for scripts/run-tests.mjs (web-test-runner prints no plain line). */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results but must count as a failure.
        if (!session.testResults && !session.passed) failed += 1;
        else if (session.errors?.length) failed += session.errors.length;
      }
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync('node_modules/.cache/wtr-summary.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

const groups = process.env.WTR_GROUP ? { files: process.env.WTR_GROUP } : {};

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  ...groups,
  nodeResolve: true,
  // One page at a time: headless Chromium gives background pages no animation frames, and
  // fixtures that wait for one would time out. The suite is fast enough serially.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: CHROME_FLAGS },
    }),
  ],
  // tests/hardening: a dataset server that fails on purpose (/__fault/…, loopback only) and a
  // DevTools-protocol command that counts live and detached DOM nodes after a forced GC.
  middleware: [faultServer()],
  // The digest of data/seoul-wfp-2024-03.json as served here, as the builds compile in the digest of
  // the file they ship: tests exercise the same "official bytes skip the validator" path.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { __WFP_OFFICIAL_SHA256__: JSON.stringify(sha256Hex(sourceDatasetBytes())), __WFP_CDN__: 'false' } }),
    memoryCommands(),
    // a11ySnapshot(): what assistive technology is given (the accessibility tree), not just the DOM.
    a11ySnapshotPlugin(),
  ],
  reporters: [(await import('@web/test-runner')).defaultReporter(), summaryReporter()],
};
