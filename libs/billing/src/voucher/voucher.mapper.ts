import { basisPointsToPercent, provinceByCode } from '#core';
import type { VoucherProgrammeEntity } from './voucher-programme.entity.js';
import type { VoucherProgrammeModel } from './voucher.model.js';

export const toVoucherProgrammeModel = (entity: VoucherProgrammeEntity): VoucherProgrammeModel => ({
  id: entity.id,
  issuerOrganizationId: entity.issuerOrganizationId,
  province: entity.province,
  provinceLabel: provinceByCode(entity.province)?.name ?? { zh: entity.province, en: entity.province },
  name: entity.name,
  nameEn: entity.nameEn,
  reference: entity.reference,
  eligibleKinds: entity.eligibleKinds,
  eligibleServiceTypes: entity.eligibleServiceTypes,
  sharePercent: basisPointsToPercent(entity.shareBasisPoints),
  capPerRequesterPerYear: entity.capPerRequesterPerYear,
  budget: entity.budget,
  committed: entity.committed,
  remaining: entity.budget - entity.committed,
  validFrom: entity.validFrom,
  validTo: entity.validTo,
  createdAt: entity.createdAt,
});
