import { Injectable } from '@nestjs/common';
import { Clock, CoreError, TransactionRunner, type Page } from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, OrganizationKind, type Actor } from '#identity';
import { MatchingError, MatchingErrorCode } from '../matching.errors.js';
import { PilotRequestStatus } from '../matching.enums.js';
import type { CreatePilotRequestInput, UpdatePilotRequestInput } from './dto/pilot-request.input.js';
import type { PilotRequestEntity } from './pilot-request.entity.js';
import { PilotRequestRepository, type NewPilotRequest } from './pilot-request.repository.js';
import { assertPilotRequestRules } from './pilot-request.rules.js';

export const REQUESTER_KINDS = [
  OrganizationKind.STARTUP,
  OrganizationKind.SME,
  OrganizationKind.UNIVERSITY,
  OrganizationKind.RESEARCH_INSTITUTE,
] as const;

export interface VisibleRequest {
  request: PilotRequestEntity;
  detailsVisible: boolean;
}

@Injectable()
export class PilotRequestService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly requests: PilotRequestRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreatePilotRequestInput): Promise<PilotRequestEntity> {
    this.access.assertOrganizationKind(actor, REQUESTER_KINDS, 'post pilot requests');
    const organizationId = this.access.writableOwnOrganization(actor);
    assertPilotRequestRules(input, new Set(Object.keys(input)), this.clock.now());
    return this.transactions.run((manager) =>
      this.requests.insert(manager, {
        ...toColumns(input),
        kind: input.kind,
        requesterOrganizationId: organizationId,
        createdByUserId: actor.userId,
        status: PilotRequestStatus.OPEN,
      } as NewPilotRequest),
    );
  }

  async update(actor: Actor, input: UpdatePilotRequestInput): Promise<PilotRequestEntity> {
    await this.own(actor, input.id);
    const { id, ...changes } = input;
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    // The row is locked, so two partial updates at once cannot each pass against the other's old value.
    return this.transactions.run(async (manager) => {
      const current = await this.requests.lockById(manager, id);
      if (!current) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${id}`);
      if (current.status !== PilotRequestStatus.OPEN)
        throw new MatchingError(
          MatchingErrorCode.REQUEST_NOT_OPEN,
          `The request is ${current.status} and can no longer be changed`,
          { currentStatus: current.status },
        );
      assertPilotRequestRules({ ...current, ...sent }, new Set(Object.keys(sent)), this.clock.now());
      return this.requests.update(manager, id, toColumns(changes));
    });
  }

  /**
   * Shows a confidential request in full to one platform's operator, while the need is OPEN or MATCHED (the matched
   * platform may need the details to do the work). A CLOSED need is over: sharing it would hand out confidential
   * details for nothing, so it is refused under the row lock that closing takes too.
   */
  async share(actor: Actor, id: string, platformId: string): Promise<PilotRequestEntity> {
    await this.own(actor, id);
    // Only a platform the requester can find: a draft or suspended one of another organization does not exist for it
    // (as platform(id) answers), so sharing neither reveals it nor hands it confidential details.
    await this.catalog.visiblePlatform(actor, platformId);
    return this.transactions.run(async (manager) => {
      const request = await this.requests.lockById(manager, id);
      if (!request) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${id}`);
      if (request.status === PilotRequestStatus.CLOSED)
        throw new MatchingError(
          MatchingErrorCode.REQUEST_NOT_OPEN,
          'The request is CLOSED and can no longer be shared',
          {
            currentStatus: request.status,
            fields: [{ field: 'id', message: 'the request is closed' }],
          },
        );
      await this.requests.share(manager, id, platformId);
      return request;
    });
  }

  /** The requester's organization and site admins see everything; platforms it was shared with too; others a summary. */
  async get(actor: Actor, id: string): Promise<VisibleRequest> {
    const request = await this.requests.findById(id);
    if (!request) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${id}`);
    return { request, detailsVisible: await this.detailsVisible(actor, request) };
  }

  mine(actor: Actor, page: { first: number; after?: string }): Promise<Page<PilotRequestEntity>> {
    if (!actor.organizationId) throw CoreError.invalidField('first', 'you belong to no organization');
    return this.requests.pageForRequester(actor.organizationId, page);
  }

  /** OPEN requests a platform could serve (its offerings' service types, its region, its accreditations). */
  async openForPlatform(actor: Actor, platformId: string): Promise<VisibleRequest[]> {
    const platform = await this.catalog.visiblePlatform(actor, platformId);
    this.access.assertCanReadOwn(actor, platform.organizationId);
    const offerings = (await this.catalog.searchSources({ platformIds: [platformId] })).filter((o) => o.searchable);
    if (offerings.length === 0) return [];
    const serviceTypes = [...new Set(offerings.map((o) => o.serviceType))];
    const accreditations = [...new Set(offerings.flatMap((o) => o.accreditations))];
    const requests = await this.requests.findOpenMatching(serviceTypes, platform.province, accreditations, 100);
    const shared = await this.requests.sharedWith(
      requests.filter((r) => r.confidential).map((r) => r.id),
      [platformId],
    );
    return requests.map((request) => ({
      request,
      detailsVisible: !request.confidential || shared.has(request.id) || this.isRequester(actor, request),
    }));
  }

  /** The request, checked to be the actor's organization's to change (OWNER/ADMIN). */
  async own(actor: Actor, id: string): Promise<PilotRequestEntity> {
    const request = await this.requests.findById(id);
    if (!request) throw new MatchingError(MatchingErrorCode.REQUEST_NOT_FOUND, `No pilot request ${id}`);
    this.access.assertCanWrite(actor, request.requesterOrganizationId);
    return request;
  }

  async detailsVisible(actor: Actor, request: PilotRequestEntity): Promise<boolean> {
    if (!request.confidential || actor.siteAdmin || this.isRequester(actor, request)) return true;
    if (!actor.organizationId) return false;
    const platformIds = await this.catalog.platformIdsOfOrganization(actor.organizationId);
    return (await this.requests.sharedWith([request.id], platformIds)).has(request.id);
  }

  private isRequester(actor: Actor, request: PilotRequestEntity): boolean {
    return actor.organizationId === request.requesterOrganizationId;
  }
}

function toColumns(input: Partial<CreatePilotRequestInput>): Partial<NewPilotRequest> {
  const { location, ...rest } = input;
  const columns: Partial<NewPilotRequest> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (location !== undefined) Object.assign(columns, { lat: location?.lat ?? null, lng: location?.lng ?? null });
  return columns;
}
