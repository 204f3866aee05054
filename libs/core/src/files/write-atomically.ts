import { open, rename, rm } from 'node:fs/promises';

/**
 * Writes `file` whole or not at all: into a temporary file beside it, flushed to disk, then renamed over it. A process
 * killed (or a machine losing power) mid-write leaves the old file or none, never an empty or cut one that every later
 * start would read as it is.
 */
export async function writeFileAtomically(file: string, content: string, mode = 0o644): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file).catch(async (error: unknown) => {
    await rm(temporary, { force: true });
    throw error;
  });
}
