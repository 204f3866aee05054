import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { BillingModule } from '#billing';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { EvaluationModule } from '#evaluation';
import { IdentityModule } from '#identity';
import { ObligationsModule } from '#obligations';
import { DemoAccountsResolver } from './accounts/demo-accounts.resolver.js';
import { DemoSeeder } from './demo-seeder.js';

/** Demo data: seeded on an empty database when SEED_DEMO is on (the embedded default), and by `npm run seed`. */
@Module({
  imports: [IdentityModule, CatalogModule, BookingModule, ObligationsModule, EvaluationModule, BillingModule],
  providers: [DemoSeeder, DemoAccountsResolver],
  exports: [DemoSeeder],
})
export class DemoModule implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: DemoSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo || !(await this.seeder.isEmpty())) return;
    await this.seeder.publishAccounts(await this.seeder.seed());
  }
}
