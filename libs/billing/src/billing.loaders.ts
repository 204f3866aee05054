import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { LoaderRegistry } from '#core';
import type { ChargeModel } from './charge/charge.model.js';
import { ChargeService } from './charge/charge.service.js';

/** Billing's per-request batch loaders; no access rule: the booking a charge hangs on was read under one. */
@Injectable()
export class BillingLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly charges: ChargeService,
  ) {}

  /** The charge of each booking (null until it completes). */
  chargeOfBooking(context: object): DataLoader<string, ChargeModel | null> {
    return this.registry.get(context, 'billing.chargeOfBooking', (ids: readonly string[]) =>
      this.charges.ofBookings(ids),
    );
  }
}
