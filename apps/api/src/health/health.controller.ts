import { Controller, Get, Headers, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { IdentityService } from '#identity';
import { OfferingSearchService } from '#search';

/**
 * GET /health: 200 when the database and the search engine answer, else 503 — with each one's status, which is all a
 * load balancer or an orchestrator needs, for anyone. The details (the search engine's name, the outbox backlog and
 * failing count, why something is down) tell an outsider how the service is built and how it is doing: only a site
 * admin's bearer token sees them.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly search: OfferingSearchService,
    private readonly identity: IdentityService,
  ) {}

  @Get()
  @HealthCheck()
  async check(@Headers('authorization') authorization?: string): Promise<HealthCheckResult> {
    const detailed = await this.identity.isSiteAdmin(authorization);
    try {
      const result = await this.health.check([() => this.database.pingCheck('database'), () => this.search.health()]);
      return detailed ? result : statusOnly(result);
    } catch (error) {
      // Terminus answers 503 with the result as the body.
      if (detailed || !(error instanceof ServiceUnavailableException)) throw error;
      throw new ServiceUnavailableException(statusOnly(error.getResponse() as HealthCheckResult));
    }
  }
}

/** Each indicator's `up` or `down`, nothing else. */
function statusOnly(result: HealthCheckResult): HealthCheckResult {
  const strip = (part: HealthCheckResult['info'] = {}) =>
    Object.fromEntries(Object.entries(part).map(([key, value]) => [key, { status: value?.status ?? 'down' }]));
  return {
    status: result.status,
    info: strip(result.info),
    error: strip(result.error),
    details: strip(result.details),
  };
}
