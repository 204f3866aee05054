export { DemoModule } from './demo.module.js';
export { DemoSeeder, type SeedOptions, type SeedSummary } from './demo-seeder.js';
export { generateDemoDataset, type DemoDataset, type DemoDatasetOptions } from './dataset/demo-dataset.js';
