export { DemoModule } from './demo.module.js';
export { DemoSeeder, type PublishedDemoAccount, type SeedOptions, type SeedSummary } from './demo-seeder.js';
export {
  generateDemoDataset,
  type DemoDataset,
  type DemoDatasetOptions,
  type DemoPlatform,
} from './dataset/demo-dataset.js';
export { DEMO_THEMES, type DemoTheme } from './dataset/demo-themes.js';
