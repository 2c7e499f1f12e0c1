// `npm test` after the type-check: browser tests (web-test-runner) then Node tests (CLI, build
// artefacts), and one plain closing line `tests: N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ${INSTALL_HINT}` : INSTALL_HINT);
  process.exit(1);
}

const summaryFile = 'node_modules/.cache/wtr-summary.json';
rmSync(summaryFile, { force: true });
const browser = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
const browserCounts = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1 };

// Node tests drive built artefacts: the package, the demo, the Storybook static build.
if (existsSync('.storybook/main.ts')) {
  const storybook = spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
  if (storybook.status !== 0) console.error('Storybook build failed; the story tests will fail too.');
}
const nodeFiles = readdirSync('tests/node').filter((name) => name.endsWith('.test.ts')).map((name) => `tests/node/${name}`);
const node = spawnSync('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeFiles], { encoding: 'utf8' });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)`, 'm').exec(node.stdout)?.[1] ?? 0);
const nodeCounts = { passed: count('pass'), failed: count('fail') + (node.status !== 0 && count('fail') === 0 ? 1 : 0) };

const passed = browserCounts.passed + nodeCounts.passed;
const failed = browserCounts.failed + nodeCounts.failed;
console.log(`\nbrowser: ${browserCounts.passed} passed, ${browserCounts.failed} failed; node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(browser.status === 0 && node.status === 0 && failed === 0 ? 0 : 1);
