// Shared by the Node tests that drive a real page: the system Chromium through playwright-core.
import { chromium, type Browser } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

export const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found (install one or set CHROME_PATH)');
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}
