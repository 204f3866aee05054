// What the one global ValidationPipe costs per argument it validates, in process (no database): the search's input,
// empty and with words, ROUNDS times each, after the whole API's classes are loaded (class-validator's lookups grow
// with the number of classes that have rules). Run it from two checkouts, one after the other, to compare builds:
//   npm run build && npm run build:bench && node dist/test/bench/validation-pipe-profile.js
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createValidationPipe } from '#core';
import { getMetadataStorage } from 'class-validator';
import '../../apps/api/src/app.module.js';

const ROUNDS = Number(process.env.ROUNDS ?? 200_000);
// The input class is the search context's own (not exported): found among the classes with rules.
const rules = (getMetadataStorage() as unknown as { validationMetadatas: Map<new () => object, unknown> })
  .validationMetadatas;
const metatype = [...rules.keys()].find((type) => type.name === 'SearchOfferingsInput');
if (!metatype) throw new Error('SearchOfferingsInput has no rules registered');
const pipe = createValidationPipe();
const metadata = { type: 'body' as const, metatype, data: 'input' };
const inputs = [{}, { query: '锂电池 放大', sort: 'RELEVANCE', limit: 20, offset: 0 }];
for (let i = 0; i < 10_000; i += 1) await pipe.transform({ ...inputs[i % 2] }, metadata);
const started = performance.now();
for (let i = 0; i < ROUNDS; i += 1) await pipe.transform({ ...inputs[i % 2] }, metadata);
console.log(
  `global ValidationPipe, SearchOfferingsInput: ${(((performance.now() - started) * 1000) / ROUNDS).toFixed(1)} µs per argument`,
);
process.exit(0);
