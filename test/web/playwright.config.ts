import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.WEB_TEST_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser tests: Debian's Chromium (browsers cannot be downloaded here; test/web/install-browser.sh installs it
 * when missing) against the real API on a fresh embedded database with the demo data (test/web/serve.mjs).
 * One worker: the journeys share the demo platforms' capacity, and the machine has two cores.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A guard against hangs, not a performance assertion: the longest journeys take 40 s on an idle 2-core machine and
  // ran out of 60 s at a load average of 14 (CI read every step done but the last).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(root, 'test-results/web'),
  reporter: [['list'], ['html', { open: 'never', outputFolder: path.join(root, 'test-results/web-report') }]],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node ${path.join(root, 'test/web/serve.mjs')}`,
    url: `${baseURL}/health`,
    cwd: root,
    env: { WEB_TEST_PORT: String(port) },
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM, not Playwright's default SIGKILL: the API stops its embedded PostgreSQL (in a process group of its own,
    // which no signal to this group reaches) and serve.mjs removes the data; should the API not stop, serve.mjs kills
    // it after 40 s and stops the cluster itself (10 s at most). Playwright's SIGKILL comes only after that.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 60_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
