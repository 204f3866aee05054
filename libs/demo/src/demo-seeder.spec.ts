import { demoIdOf } from './demo-seeder.js';
import { generateDemoDataset } from './dataset/demo-dataset.js';

describe('demoIdOf', () => {
  it('gives every key of the dataset its own id, the same on every seed', () => {
    const dataset = generateDemoDataset({ offerings: 2_000 });
    const keys = [
      ...dataset.organizations.map((o) => o.key),
      ...dataset.platforms.map((p) => p.key),
      ...dataset.equipment.map((e) => e.key),
      ...dataset.offerings.map((o) => o.key),
    ];
    const ids = keys.map(demoIdOf);
    expect(new Set(ids).size).toBe(keys.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect(keys.map(demoIdOf)).toEqual(ids);
  });
});
