import { Meilisearch } from 'meilisearch';
import { loadConfig, readEnvironment } from '#core';

/**
 * `npm run meili:key`: creates (once; later runs find it again) the API key the app uses with Meilisearch, with the
 * master key, which Meilisearch's security guide keeps for managing keys only. The key may do what the search engine
 * and the indexer do, on the configured index and the temporary indexes of a re-index, nothing else. Prints
 * `MEILI_API_KEY=…` for docker/.env. Needs MEILI_URL, MEILI_MASTER_KEY and, if not `offerings`, MEILI_INDEX.
 */
const APP_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'tasks.get',
];

/** The key's name, found again by later runs. */
const appKeyName = (index: string) => `pilotmatch-app-${index}`;

/** The indexes the key may touch: the live index and the re-index's `${index}_tmp_<ts>`. */
const appKeyIndexes = (index: string) => [index, `${index}_tmp_*`];

const log = (line: string) => process.stderr.write(`${line}\n`);
let code = 0;
try {
  const config = loadConfig(readEnvironment());
  const { meiliUrl, meiliMasterKey, meiliIndex, meiliTimeoutMs } = config.search;
  if (!meiliUrl || !meiliMasterKey) throw new Error('set MEILI_URL and MEILI_MASTER_KEY');
  const client = new Meilisearch({ host: meiliUrl, apiKey: meiliMasterKey, timeout: meiliTimeoutMs });
  const name = appKeyName(meiliIndex);
  const existing = (await client.getKeys({ limit: 1000 })).results.find((key) => key.name === name);
  const key =
    existing ??
    (await client.createKey({
      name,
      description: 'PilotMatch API and worker: search and index offerings',
      actions: APP_KEY_ACTIONS,
      indexes: appKeyIndexes(meiliIndex),
      expiresAt: null,
    }));
  log(existing ? `found key ${name}` : `created key ${name}`);
  process.stdout.write(`MEILI_API_KEY=${key.key}\n`);
} catch (error) {
  log(`could not create the Meilisearch API key: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
}
process.exit(code);
