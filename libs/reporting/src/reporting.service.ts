import { Injectable } from '@nestjs/common';
import type { Period } from '#obligations';
import type { ServiceFiguresModel } from './service-figures/service-figures.model.js';
import { ServiceFiguresService } from './service-figures/service-figures.service.js';

/** Reporting's public API: service figures computed from the service records, for other contexts' reports. */
@Injectable()
export class ReportingService {
  constructor(private readonly figures: ServiceFiguresService) {}

  /** Each platform's figures over `period`, in `platformIds` order. No access check: the caller decides who reads. */
  serviceFiguresOf(platformIds: readonly string[], period: Period): Promise<ServiceFiguresModel[]> {
    return this.figures.ofPlatforms(platformIds, period);
  }
}
