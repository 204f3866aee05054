// `npm run bench:web`: the web app in Debian's Chromium, driven by Playwright, against the real API (built) on a
// fresh embedded database with the demo data (test/web/serve.mjs):
//   1. JavaScript shipped for the first load of the search page (bytes on the wire, gzip), and each route's chunk;
//   2. the time from the last keystroke to the results painted, median over 20 queries, next to the API's own
//      latency for the very same requests (replayed over HTTP from Node) in the same run.
// Budgets (issue 17): first-load JS <= 300 kB gzip; results painted <= API latency + 50 ms. Reported, not asserted.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.WEB_BENCH_PORT ?? 3197);
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = process.cwd();
const API_REPEATS = 7;
const JS_BUDGET_KB = 300;
const PAINT_BUDGET_MS = 50;
/** Twenty searches people type: Chinese without spaces, English, mixed. */
const QUERIES = [
  '反应釜',
  '锂电池',
  '型式试验',
  '喷雾干燥',
  '正极材料',
  '小批量试生产',
  '热等静压',
  '电磁兼容',
  '发酵罐',
  '涂布机',
  'reactor',
  'battery',
  'spray drying',
  'type testing',
  'cathode',
  'sintering',
  'coating line',
  'fermentation',
  '500 L reactor',
  'NCM811',
];

interface PaintSample {
  query: string;
  paintMs: number;
  body: string;
  split: Split;
}

declare global {
  interface Window {
    __pilotmatchPaint?: Promise<number>;
    /** performance.now() when the last search request started and when its response was read. */
    __pilotmatchFetch?: { started: number; answered: number };
  }
}

interface Split {
  toRequest: number;
  request: number;
  toPaint: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Sends one recorded search request API_REPEATS times; returns the round trips, collects the server's tookMs. */
async function replay(body: string, tookMs: number[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < API_REPEATS; i += 1) {
    const started = performance.now();
    const res = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh' },
      body,
    });
    const json = (await res.json()) as { data?: { searchOfferings: { tookMs: number } } };
    times.push(performance.now() - started);
    if (json.data) tookMs.push(json.data.searchOfferings.tookMs);
  }
  return times;
}

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the API did not answer on ${BASE}/health`);
}

/** Waits in the page until the results section shows `query`, then for the frame that paints it. */
async function armPaintProbe(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    window.__pilotmatchPaint = new Promise<number>((resolve) => {
      let typedAt = 0;
      (window as unknown as { __pilotmatchTypedAt: () => number }).__pilotmatchTypedAt = () => typedAt;
      // Capture phase: the moment the keystroke reaches the page, before React handles it.
      input.addEventListener('input', () => (typedAt = performance.now()), { capture: true, once: true });
      const shown = () => document.querySelector('section[data-results-for]')?.getAttribute('data-results-for') === q;
      const painted = () =>
        // rAF runs before the frame is painted; a task posted from it runs after that paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - typedAt);
          channel.port2.postMessage(null);
        });
      const observer = new MutationObserver(() => {
        if (typedAt && shown()) {
          observer.disconnect();
          painted();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }, query);
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, [path.join(ROOT, 'test/web/serve.mjs')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WEB_TEST_PORT: String(PORT) },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  try {
    await waitForHealth(Date.now() + 180_000);

    // 1. First load of the search page, with an empty cache: every script the page fetched, as sent.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: Array<{ url: string; wire: number; raw: number }> = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const sizes = await response.request().sizes();
      scripts.push({
        url: new URL(response.url()).pathname,
        wire: sizes.responseBodySize,
        raw: (await response.body()).length,
      });
    });
    // Where the time goes: when the page's search request starts and ends (Apollo uses fetch).
    await context.addInitScript(() => {
      const original = window.fetch.bind(window);
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        const body = typeof args[1]?.body === 'string' ? args[1].body : '';
        if (!body.includes('"operationName":"SearchOfferings"')) return original(...args);
        const probe = { started: performance.now(), answered: 0 };
        window.__pilotmatchFetch = probe;
        const response = await original(...args);
        const text = await response.text();
        probe.answered = performance.now();
        return new Response(text, { status: response.status, headers: response.headers });
      };
    });
    const loadStarted = performance.now();
    await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
    await page.locator('section[data-results-for=""]').waitFor();
    const firstResultsMs = performance.now() - loadStarted;
    const wire = scripts.reduce((sum, s) => sum + s.wire, 0);
    const raw = scripts.reduce((sum, s) => sum + s.raw, 0);

    // Every other route's own chunk, gzip (as served), loaded only when that route opens.
    const assets = path.join(ROOT, 'dist/web/assets');
    const firstLoad = new Set(scripts.map((s) => path.basename(s.url)));
    const chunks: Array<{ name: string; gzip: number }> = [];
    for (const file of (await readdir(assets)).filter((f) => f.endsWith('.js') && !firstLoad.has(f))) {
      chunks.push({ name: file, gzip: gzipSync(await readFile(path.join(assets, file))).length });
    }

    // 2. Keystroke to results painted: type all but the last character, let it settle, then time the last one.
    const input = page.locator('#search-input');
    const samples: PaintSample[] = [];
    const apiMs: number[] = [];
    const tookMs: number[] = [];
    let lastBody = '';
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('"operationName":"SearchOfferings"')) lastBody = body;
    });
    for (const query of QUERIES) {
      await input.fill('');
      await page.locator('section[data-results-for=""]').waitFor();
      const prefix = query.slice(0, -1);
      await input.pressSequentially(prefix);
      await page
        .locator(`section[data-results-for="${prefix}"]`)
        .waitFor({ timeout: 15_000 })
        .catch(async (error: unknown) => {
          const shown = await page
            .locator('section[aria-labelledby="results-heading"]')
            .getAttribute('data-results-for');
          throw new Error(
            `results for "${prefix}" never showed (input "${await input.inputValue()}", shown "${shown}")`,
            {
              cause: error,
            },
          );
        });
      await armPaintProbe(page, query);
      await page.keyboard.type(query.slice(-1));
      const paintMs = await page.evaluate(() => window.__pilotmatchPaint as Promise<number>);
      const split = await page.evaluate((total) => {
        const typedAt = (window as unknown as { __pilotmatchTypedAt: () => number }).__pilotmatchTypedAt();
        const f = window.__pilotmatchFetch ?? { started: typedAt, answered: typedAt };
        return {
          toRequest: f.started - typedAt,
          request: f.answered - f.started,
          toPaint: typedAt + total - f.answered,
        };
      }, paintMs);
      await page.keyboard.press('Escape');
      samples.push({ query, paintMs, body: lastBody, split });
      // The API's own latency for the same request, right after (same machine load), over HTTP from Node.
      apiMs.push(median(await replay(lastBody, tookMs)));
    }

    const paintMedian = median(samples.map((s) => s.paintMs));
    const apiMedian = median(apiMs);
    console.log('\nWeb app (Chromium via Playwright, demo data, embedded PostgreSQL)\n');
    console.log(
      `Machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1/5/15 min) at the end of the run\n`,
    );
    console.log(
      `First load of the search page: ${scripts.length} scripts, ${kb(wire)} kB on the wire (gzip), ${kb(raw)} kB uncompressed`,
    );
    for (const s of scripts) console.log(`  ${s.url.padEnd(44)} ${kb(s.wire).padStart(7)} kB gzip`);
    console.log(`  budget ${JS_BUDGET_KB} kB gzip: ${wire / 1024 <= JS_BUDGET_KB ? 'within' : 'OVER'}`);
    console.log(`  page load to first results: ${firstResultsMs.toFixed(0)} ms`);
    console.log(`Other routes' chunks (loaded when opened), gzip:`);
    for (const c of chunks.sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${c.name.padEnd(44)} ${kb(c.gzip).padStart(7)} kB`);
    console.log('\nQuery'.padEnd(22) + 'keystroke→painted ms   API round trip ms');
    samples.forEach((s, i) =>
      console.log(`  ${s.query.padEnd(20)} ${s.paintMs.toFixed(1).padStart(10)} ${apiMs[i].toFixed(1).padStart(20)}`),
    );
    console.log(
      `\nMedian over ${samples.length} queries: results painted ${paintMedian.toFixed(1)} ms after the last keystroke`,
    );
    console.log(
      `  of which: keystroke → request sent ${median(samples.map((x) => x.split.toRequest)).toFixed(1)} ms, request in the browser ${median(samples.map((x) => x.split.request)).toFixed(1)} ms, response → painted ${median(samples.map((x) => x.split.toPaint)).toFixed(1)} ms`,
    );
    console.log(
      `API search latency, same requests, same run: median ${apiMedian.toFixed(1)} ms (server tookMs median ${median(tookMs).toFixed(1)} ms)`,
    );
    console.log(
      `Overhead of the browser (request, parse, render, paint): ${(paintMedian - apiMedian).toFixed(1)} ms; ratio ${(paintMedian / apiMedian).toFixed(2)}; budget API + ${PAINT_BUDGET_MS} ms: ${paintMedian <= apiMedian + PAINT_BUDGET_MS ? 'within' : 'OVER'}`,
    );
    await context.close();
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
