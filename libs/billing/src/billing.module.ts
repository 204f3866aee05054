import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '#catalog';
import { IdentityModule } from '#identity';
import { BillingLoaders } from './billing.loaders.js';
import { BillingService } from './billing.service.js';
import { ChargeDownloadController } from './charge/charge-download.controller.js';
import { ChargeLineEntity } from './charge/charge-line.entity.js';
import { ChargeEntity } from './charge/charge.entity.js';
import { ChargeRepository } from './charge/charge.repository.js';
import { ChargeResolver } from './charge/charge.resolver.js';
import { ChargeService } from './charge/charge.service.js';
import { VoucherProgrammeEntity } from './voucher/voucher-programme.entity.js';
import { VoucherRedemptionEntity } from './voucher/voucher-redemption.entity.js';
import { VoucherRepository } from './voucher/voucher.repository.js';
import { VoucherResolver } from './voucher/voucher.resolver.js';
import { VoucherService } from './voucher/voucher.service.js';

/** Money after the price list: quotes, charges issued on completion and credited after, innovation vouchers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChargeEntity, ChargeLineEntity, VoucherProgrammeEntity, VoucherRedemptionEntity]),
    CatalogModule,
    IdentityModule,
  ],
  controllers: [ChargeDownloadController],
  providers: [
    BillingLoaders,
    BillingService,
    ChargeRepository,
    ChargeResolver,
    ChargeService,
    VoucherRepository,
    VoucherResolver,
    VoucherService,
  ],
  exports: [BillingLoaders, BillingService],
})
export class BillingModule {}
