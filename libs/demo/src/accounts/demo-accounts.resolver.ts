import { Query, Resolver } from '@nestjs/graphql';
import { provinceByCode, Public } from '#core';
import { DemoSeeder } from '../demo-seeder.js';
import { DemoAccountModel } from './demo-account.model.js';

@Resolver()
export class DemoAccountsResolver {
  constructor(private readonly seeder: DemoSeeder) {}

  /** Lets the sign-in page of a demo install list its accounts; any other install has none to show. */
  @Public()
  @Query(() => [DemoAccountModel], {
    description: 'The demo accounts of a demo install (seeded with SEED_DEMO); empty anywhere else.',
  })
  async demoAccounts(): Promise<DemoAccountModel[]> {
    const accounts = await this.seeder.publishedAccounts();
    return accounts.map((a) => ({
      email: a.email,
      password: a.password,
      role: a.role,
      organizationKind: a.organizationKind,
      provinceLabel: (a.province && provinceByCode(a.province)?.name) || null,
    }));
  }
}
