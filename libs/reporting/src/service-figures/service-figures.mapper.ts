import type { ComplianceStatus, Period } from '#obligations';
import type { ServiceFigureDefinitionModel, ServiceFiguresModel } from './service-figures.model.js';
import { SERVICE_FIGURES, ServiceFigureCode, type ServiceFigureValues } from './service-figures.js';

/** HOURS_PUBLISHED → hoursPublished: the ServiceFigures field of a figure. */
export const figureField = (code: ServiceFigureCode): string =>
  code.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

export function toServiceFiguresModel(
  platformId: string | null,
  period: Period,
  values: ServiceFigureValues,
  openAccessStatus: ComplianceStatus | null,
): ServiceFiguresModel {
  const fields = Object.fromEntries(
    Object.entries(values).map(([code, value]) => [figureField(code as ServiceFigureCode), value]),
  );
  return {
    ...(fields as Omit<ServiceFiguresModel, 'platformId' | 'period' | 'openAccessStatus'>),
    platformId,
    period,
    openAccessStatus,
  };
}

export const SERVICE_FIGURE_DEFINITIONS: ServiceFigureDefinitionModel[] = Object.values(ServiceFigureCode).map(
  (code) => ({
    code,
    field: figureField(code),
    label: SERVICE_FIGURES[code].label,
    unit: SERVICE_FIGURES[code].unit,
    definition: SERVICE_FIGURES[code].definition,
  }),
);
