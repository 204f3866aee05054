import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';

describe('start-up configuration', () => {
  it('stops on a malformed variable with one line naming it, before touching the database', () => {
    // `npm test` builds first (pretest), so this runs the real entry point.
    const run = spawnSync(process.execPath, ['dist/apps/api/src/main.js'], {
      env: { PATH: process.env.PATH, PORT: 'not-a-port', DATA_DIR: '/nonexistent-pilotmatch' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT .*\(got "not-a-port"\)$/);
  });
});
