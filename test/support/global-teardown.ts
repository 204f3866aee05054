import { rm } from 'node:fs/promises';

/** Stops the embedded test cluster and removes its throwaway directory. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__pilotmatchTestDatabase?.stop();
  if (globalThis.__pilotmatchTestDir) await rm(globalThis.__pilotmatchTestDir, { recursive: true, force: true });
}
