import { PILOT_REQUEST_KIND_LABELS } from '../matching.enums.js';
import type { PilotRequestEntity } from './pilot-request.entity.js';
import type { PilotRequestModel } from './pilot-request.model.js';

/** Full details, or only the summary fields when the viewer may not see a confidential request's details. */
export function toPilotRequestModel(entity: PilotRequestEntity, detailsVisible: boolean): PilotRequestModel {
  const detail = <T>(value: T): T | null => (detailsVisible ? value : null);
  return {
    id: entity.id,
    requesterOrganizationId: detail(entity.requesterOrganizationId),
    kind: entity.kind,
    kindLabel: PILOT_REQUEST_KIND_LABELS[entity.kind],
    title: entity.title,
    titleEn: entity.titleEn,
    serviceTypes: entity.serviceTypes,
    industryDirection: entity.industryDirection,
    keyDomains: entity.keyDomains,
    windowFrom: entity.windowFrom,
    windowTo: entity.windowTo,
    preferredProvinces: entity.preferredProvinces,
    requiredAccreditations: entity.requiredAccreditations,
    confidential: entity.confidential,
    status: entity.status,
    detailsVisible,
    description: detail(entity.description),
    descriptionEn: detail(entity.descriptionEn),
    keywords: detail(entity.keywords),
    scaleFrom: detail(entity.scaleFrom),
    scaleTo: detail(entity.scaleTo),
    scaleUnit: detail(entity.scaleUnit),
    budgetMin: detail(entity.budgetMin),
    budgetMax: detail(entity.budgetMax),
    location: detail(entity.lat === null || entity.lng === null ? null : { lat: entity.lat, lng: entity.lng }),
    trl: detail(entity.trl),
    patentNumbers: detail(entity.patentNumbers),
    ipOwnership: detail(entity.ipOwnership),
    createdAt: entity.createdAt,
  };
}
