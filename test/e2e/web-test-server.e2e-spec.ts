import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { get } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { freePort } from '../support/server-process.js';

/**
 * The browser tests' web server (test/web/serve.mjs) as Playwright runs it: `sh -c "node …/serve.mjs"` leading a
 * process group of its own (test/web/playwright.config.ts's webServer). The API under it runs its embedded PostgreSQL
 * in a process group of its own and starts it again when it exits unasked, so a signal to the group never reaches the
 * cluster: however the server stops, the harness must leave no PostgreSQL behind (a clean-clone CI run left one).
 */
describe('the browser tests’ web server', () => {
  let tmp: string;
  let server: WebServer | undefined;

  beforeEach(async () => {
    // serve.mjs makes its data directory under os.tmpdir(): a TMPDIR of the test's own finds its clusters alone.
    tmp = await mkdtemp(path.join(os.tmpdir(), 'pilotmatch-serve-'));
    // PostgreSQL runs as its own user (initdb refuses root): it must be able to enter the directory, as /tmp.
    await chmod(tmp, 0o711);
  });

  afterEach(async () => {
    // What a failed test left: the server's group (the shell may be gone before the rest), then its clusters.
    try {
      if (server) process.kill(-server.child.pid!, 'SIGKILL');
    } catch {
      // The group has exited.
    }
    for (const pid of await postgresUnder(tmp)) process.kill(pid, 'SIGKILL');
    await rm(tmp, { recursive: true, force: true });
  });

  it('stops its PostgreSQL when Playwright signals the group (gracefulShutdown: SIGTERM)', async () => {
    server = await startWebServer(tmp);
    expect(await postgresUnder(tmp)).toHaveLength(1);
    process.kill(-server.child.pid!, 'SIGTERM');
    // Playwright waits for the shell's output to close (the shell itself dies of the signal): the server has exited.
    await server.closed;
    expect(server.stderr()).not.toMatch(/serve\.mjs:/);
    expect(await postgresUnder(tmp)).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
  }, 180_000);

  it('stops its PostgreSQL when the API dies without stopping it, and says so', async () => {
    server = await startWebServer(tmp);
    const api = await groupMember(server.child.pid!, 'dist/apps/api/src/main.js');
    process.kill(api, 'SIGKILL');
    // The API died unasked: the server fails (Playwright then stops the run), and takes the cluster with it.
    expect((await server.closed).code).toBe(1);
    expect(await postgresUnder(tmp)).toEqual([]);
    expect(server.stderr()).toMatch(/stopped the PostgreSQL the API left running/);
    expect(await readdir(tmp)).toEqual([]);
  }, 180_000);
});

interface WebServer {
  child: ChildProcess;
  /** Once the shell and every process holding its output have exited. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** serve.mjs as Playwright starts it (a shell leading a new process group), once its API answers /health. */
async function startWebServer(tmp: string): Promise<WebServer> {
  const port = await freePort();
  const { NODE_OPTIONS: _, ...env } = process.env;
  const child = spawn(`node ${path.resolve('test/web/serve.mjs')}`, {
    shell: true,
    detached: true,
    cwd: process.cwd(),
    env: { ...env, TMPDIR: tmp, WEB_TEST_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 150_000;
  while (!(await healthy(port))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve.mjs did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { child, closed, stderr: () => stderr };
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    get(`http://127.0.0.1:${port}/health`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}

/** The postmasters (`postgres -D …`) of clusters under `dir`. */
async function postgresUnder(dir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const argv = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    const dataDir = argv[argv.indexOf('-D') + 1];
    if (path.basename(argv[0]) === 'postgres' && argv.includes('-D') && dataDir.startsWith(`${dir}/`))
      pids.push(Number(entry));
  }
  return pids;
}

/** The pid of the process of group `group` whose command line contains `command`. */
async function groupMember(group: number, command: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    const argv = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (pgrp === group && argv.includes(command)) return Number(entry);
  }
  throw new Error(`no process of group ${group} runs ${command}`);
}
