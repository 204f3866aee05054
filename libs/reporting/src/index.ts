export { ReportingModule } from './reporting.module.js';
export { ReportingService } from './reporting.service.js';
export { ReportingError, ReportingErrorCode } from './reporting.errors.js';
export { ServiceFiguresModel, ReportPeriodModel } from './service-figures/service-figures.model.js';
export { SERVICE_FIGURES, ServiceFigureCode, type ServiceFigureUnit } from './service-figures/service-figures.js';
export { SERVICE_FIGURE_DEFINITIONS, figureField } from './service-figures/service-figures.mapper.js';
export { monthPeriod, yearPeriod } from './periods.js';
export { scopeLabel } from './dashboard/dashboard.service.js';
