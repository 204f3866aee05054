import { randomBytes } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  enqueueSearchIndex,
  FEN_PER_YUAN,
  OutboxWriter,
  provinceByCode,
  ServiceType,
  TransactionRunner,
  type AppConfig,
  type ConstructionMode,
} from '#core';
import { BillingService, type VoucherProgrammeImport } from '#billing';
import { BookingService } from '#booking';
import {
  CatalogService,
  OfferingStatus,
  PlatformStatus,
  PriceModel,
  type EquipmentImport,
  type OfferingImport,
  type PlatformImport,
  type StoredPriceTier,
} from '#catalog';
import { EvaluationService, LevelAction, type LevelDecisionImport } from '#evaluation';
import { IdentityService, MemberRole, NATIONAL_REGION, OrganizationKind } from '#identity';
import { ObligationBasis, ObligationPeriod, ObligationsService } from '#obligations';
import { generateDemoDataset, type DemoDataset } from './dataset/demo-dataset.js';
import { demoPriceTiers } from './dataset/demo-pricing.js';

export interface SeedOptions {
  /** Total offerings to generate (default 480, the demo dataset). */
  offerings?: number;
  /** Weeks of capacity slots to publish from tomorrow (0 for none). */
  slotWeeks?: number;
  /** Record one search-index message per platform (off when a full re-index follows anyway). */
  indexForSearch?: boolean;
}

/** A demo account as DATA_DIR/demo-accounts.json lists it. */
export interface PublishedDemoAccount {
  email: string;
  password: string;
  /** OWNER, ADMIN, MEMBER, or SITE_ADMIN. */
  role: string;
  organizationKind: string | null;
  province: string | null;
}

export interface SeedSummary {
  organizations: number;
  platforms: number;
  equipment: number;
  offerings: number;
  slots: number;
  accounts: PublishedDemoAccount[];
  /** Database id of every dataset key (organizations, platforms, equipment, offerings), e.g. 'offering-000001'. */
  ids: ReadonlyMap<string, string>;
  /** User id of every demo account, by e-mail. */
  userIds: ReadonlyMap<string, string>;
}

/** The steps to each level, when they were taken and by whom (province or MIIT) in the demo's history. */
const LEVEL_PATHS: Record<
  string,
  Array<{ action: LevelAction; at: string; by: 'PROVINCE' | 'NATIONAL'; evidence: string }>
> = {
  NONE: [],
  CULTIVATION: [
    {
      action: LevelAction.NOMINATE,
      at: '2024-10-15',
      by: 'PROVINCE',
      evidence: '2024年重点中试平台推荐汇总表（附件3）',
    },
    { action: LevelAction.ADMIT, at: '2024-12-20', by: 'NATIONAL', evidence: '制造业中试平台培育库入库名单（2024）' },
  ],
  PROVINCIAL: [
    {
      action: LevelAction.RECOGNISE_PROVINCIAL,
      at: '2025-03-31',
      by: 'PROVINCE',
      evidence: '省级制造业中试平台认定文件（2025）',
    },
  ],
  NATIONAL: [
    {
      action: LevelAction.NOMINATE_NATIONAL,
      at: '2025-06-30',
      by: 'PROVINCE',
      evidence: '国家制造业中试平台推荐函（2025）',
    },
    {
      action: LevelAction.RECOGNISE_NATIONAL,
      at: '2025-09-30',
      by: 'NATIONAL',
      evidence: '国家制造业中试平台认定名单（2025）',
    },
  ],
};
const LEVELS_UP_TO: Record<string, string[]> = {
  NONE: [],
  CULTIVATION: ['CULTIVATION'],
  PROVINCIAL: ['CULTIVATION', 'PROVINCIAL'],
  NATIONAL: ['CULTIVATION', 'PROVINCIAL', 'NATIONAL'],
};

/**
 * The demo's level history: every platform the dataset rates went through nomination, admission and recognition,
 * decided by its province's authority (a demo organization where there is one) or the national one.
 */
function levelDecisionsFor(
  dataset: DemoDataset,
  idOf: (key: string) => string,
  userIds: ReadonlyMap<string, string>,
): LevelDecisionImport[] {
  const authorityOf = new Map(
    dataset.organizations.filter((o) => o.kind === 'GOVERNMENT' && o.region).map((o) => [o.region as string, o]),
  );
  const userOf = new Map(
    dataset.accounts
      .filter((a) => a.organizationKey)
      .map((a) => [a.organizationKey as string, userIds.get(a.email) ?? null]),
  );
  return dataset.platforms.flatMap((platform) =>
    LEVELS_UP_TO[platform.level].flatMap((level) =>
      LEVEL_PATHS[level].map((step) => {
        const region = step.by === 'NATIONAL' ? NATIONAL_REGION : platform.province;
        const authority = authorityOf.get(region);
        return {
          platformId: idOf(platform.key),
          action: step.action,
          reason: '依据地方推荐与运行评估结果 / on the province’s recommendation and the evaluation of its operation',
          evidence: [step.evidence, '工信厅科函〔2024〕346号'],
          authorityRegion: region,
          decidedByUserId: authority ? (userOf.get(authority.key) ?? null) : null,
          decidedByOrganizationId: authority ? idOf(authority.key) : null,
          decidedAt: new Date(`${step.at}T10:00:00+08:00`),
        };
      }),
    ),
  );
}

/**
 * One innovation voucher programme (科技创新券) per provincial authority, valid for the current calendar year
 * (Asia/Shanghai): half of start-ups' and SMEs' charges for every service type, 50 000 CNY per requester a year,
 * 2 000 000 CNY in all. Issued by the authority's demo account where it has one, else recorded by the site admin.
 */
function voucherProgrammesFor(
  dataset: DemoDataset,
  idOf: (key: string) => string,
  userIds: ReadonlyMap<string, string>,
  siteAdminId: string,
  now: Date,
): VoucherProgrammeImport[] {
  const year = new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  return dataset.organizations
    .filter((o) => o.kind === 'GOVERNMENT' && o.region && o.region !== NATIONAL_REGION)
    .map((authority) => {
      const province = provinceByCode(authority.province)?.name ?? { zh: authority.province, en: authority.province };
      const account = dataset.accounts.find((a) => a.organizationKey === authority.key);
      return {
        issuerOrganizationId: idOf(authority.key),
        createdByUserId: (account && userIds.get(account.email)) || siteAdminId,
        province: authority.province,
        name: `${province.zh}${year}年度科技创新券（中试与共享服务）`,
        nameEn: `${province.en} innovation vouchers ${year} (pilot and shared-instrument services)`,
        reference: `${province.zh.slice(0, 2)}科资〔${year}〕12号`,
        eligibleKinds: [OrganizationKind.STARTUP, OrganizationKind.SME],
        eligibleServiceTypes: Object.values(ServiceType),
        shareBasisPoints: 5_000,
        capPerRequesterPerYear: 50_000 * FEN_PER_YUAN,
        budget: 2_000_000 * FEN_PER_YUAN,
        validFrom: new Date(`${year}-01-01T00:00:00+08:00`),
        validTo: new Date(`${year + 1}-01-01T00:00:00+08:00`),
      };
    });
}

/** Namespace of the demo dataset's name-based ids (RFC 9562 version 5); any fixed UUID would do. */
const DEMO_ID_NAMESPACE = '2f6b1c0e-8d4a-4e55-9b1f-5c3a7e9d2b60';

/**
 * The id of a dataset key, the same on every machine and every seed: search breaks ties of equal scores by id, so
 * random ids made the evaluations move by ±0.005–0.01 from one seeded database to the next. The ids are no secret
 * (the dataset and its keys are public, and ids are shown by the API); accounts and passwords are not derived.
 */
export function demoIdOf(key: string): string {
  return uuidV5(key, DEMO_ID_NAMESPACE);
}

const OBLIGATED_MODES = new Set(['ENTERPRISE_PARTIAL_OPEN', 'LEADING_ENTERPRISE_OWN']);
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * Loads the deterministic demo dataset through each context's own import API: organizations and accounts
 * (identity), platforms, equipment and offerings (catalog), capacity slots (booking), level decisions
 * (evaluation), obligations, voucher programmes (billing). One transaction.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly identity: IdentityService,
    private readonly catalog: CatalogService,
    private readonly booking: BookingService,
    private readonly obligations: ObligationsService,
    private readonly evaluation: EvaluationService,
    private readonly billing: BillingService,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isEmpty(): Promise<boolean> {
    return this.identity.hasAnyOrganization().then((any) => !any);
  }

  async seed(options: SeedOptions = {}): Promise<SeedSummary> {
    const started = Date.now();
    const dataset = generateDemoDataset({ offerings: options.offerings });
    const ids = new Map<string, string>();
    const idOf = (key: string) => {
      let id = ids.get(key);
      if (!id) ids.set(key, (id = demoIdOf(key)));
      return id;
    };
    const slots = this.slotsFor(dataset, idOf, options.slotWeeks ?? 8);
    const userIds = new Map<string, string>();
    // The dataset's passwords are in the README: a production server that asks for demo data gets random ones.
    const passwords = new Map(
      dataset.accounts.map((a) => [
        a.email,
        this.config.nodeEnv === 'production' ? `Demo-${randomBytes(15).toString('base64url')}` : a.password,
      ]),
    );

    await this.transactions.run(async (manager) => {
      await this.identity.importOrganizations(
        manager,
        dataset.organizations.map((o) => ({
          id: idOf(o.key),
          name: o.name.zh,
          nameEn: o.name.en,
          kind: o.kind as OrganizationKind,
          isLeadingEnterprise: o.isLeadingEnterprise,
          province: o.province,
          city: o.city,
          creditCode: o.creditCode,
          verified: o.verified,
          authorityRegion: o.kind === 'GOVERNMENT' ? o.region : null,
        })),
      );
      let siteAdminId = '';
      for (const account of dataset.accounts) {
        const user = await this.identity.createUser(manager, {
          email: account.email,
          password: passwords.get(account.email) ?? account.password,
          displayName: account.displayName,
          organizationId: account.organizationKey ? idOf(account.organizationKey) : null,
          role: account.siteAdmin ? null : (account.role as MemberRole),
          siteAdmin: account.siteAdmin,
        });
        userIds.set(account.email, user.id);
        if (account.siteAdmin) siteAdminId = user.id;
      }
      const modeOfPlatform = new Map(dataset.platforms.map((p) => [p.key, p.constructionMode]));
      await this.catalog.importCatalog(manager, {
        platforms: dataset.platforms.map((p): PlatformImport => ({
          id: idOf(p.key),
          organizationId: idOf(p.organizationKey),
          name: p.name.zh,
          nameEn: p.name.en,
          summary: p.summary.zh,
          summaryEn: p.summary.en,
          industryDirection: p.industryDirection,
          keyDomains: p.keyDomains,
          constructionMode: p.constructionMode,
          province: p.province,
          city: p.city,
          address: p.address,
          lat: p.lat,
          lng: p.lng,
          accreditations: p.accreditations,
          contactName: p.contact.name,
          contactPhone: p.contact.phone,
          contactEmail: p.contact.email,
          website: p.website,
          status: p.status as PlatformStatus,
        })),
        equipment: dataset.equipment.map((e): EquipmentImport => ({
          id: idOf(e.key),
          platformId: idOf(e.platformKey),
          name: e.name.zh,
          nameEn: e.name.en,
          model: e.model,
          manufacturer: e.manufacturer,
          category: e.category,
          specifications: e.specifications,
          capacityValue: e.capacity?.value ?? null,
          capacityUnit: e.capacity?.unit ?? null,
          shareable: e.shareable,
        })),
        offerings: dataset.offerings.map((o): OfferingImport => ({
          id: idOf(o.key),
          platformId: idOf(o.platformKey),
          serviceType: o.serviceType,
          title: o.title.zh,
          titleEn: o.title.en,
          description: o.description.zh,
          descriptionEn: o.description.en,
          keywords: o.keywords,
          equipmentIds: o.equipmentKeys.map(idOf),
          scaleMin: o.scale?.min ?? null,
          scaleMax: o.scale?.max ?? null,
          scaleUnit: o.scale?.unit ?? null,
          leadTimeDays: o.leadTimeDays,
          priceModel: o.pricing.model as PriceModel,
          priceFen: fenOf(o.pricing.amount),
          priceTiers: demoPriceTiers(
            o.key,
            modeOfPlatform.get(o.platformKey) as ConstructionMode,
            o.pricing.model,
            fenOf(o.pricing.amount),
          ) as StoredPriceTier[],
          accreditations: o.accreditations,
          status: o.status as OfferingStatus,
        })),
      });
      await this.booking.importSlots(manager, slots);
      // Levels are granted, never claimed: each platform's level comes from the decisions that led to it.
      await this.evaluation.importLevelDecisions(manager, levelDecisionsFor(dataset, idOf, userIds));
      // Three in four obligated platforms have a 20 % quarterly obligation on record (entered by the site admin);
      // the rest have none, so authorities see some flagged.
      const obligated = dataset.platforms.filter((p) => OBLIGATED_MODES.has(p.constructionMode));
      await this.obligations.importObligations(
        manager,
        obligated
          .filter((_, index) => index % 4 !== 3)
          .map((p) => ({
            platformId: idOf(p.key),
            setByUserId: siteAdminId,
            setBySide: 'ADMIN' as const,
            basis: ObligationBasis.SHARE_OF_PUBLISHED_HOURS,
            target: 0.2,
            period: ObligationPeriod.QUARTER,
            reference: '工信部科〔2024〕中试平台建设通知 · 适度开放承诺书',
            effectiveFrom: new Date('2024-01-01T00:00:00+08:00'),
          })),
      );
      await this.billing.importVoucherProgrammes(
        manager,
        voucherProgrammesFor(dataset, idOf, userIds, siteAdminId, new Date()),
      );
      if (options.indexForSearch ?? true) {
        for (const platform of dataset.platforms)
          await enqueueSearchIndex(this.outbox, manager, { platformId: idOf(platform.key) });
      }
    });

    const accounts = dataset.accounts.map((a) => {
      const organization = dataset.organizations.find((o) => o.key === a.organizationKey);
      return {
        email: a.email,
        password: passwords.get(a.email) ?? a.password,
        role: a.siteAdmin ? 'SITE_ADMIN' : a.role,
        organizationKind: organization?.kind ?? null,
        province: organization?.province ?? null,
      };
    });
    this.logger.log(
      `demo data seeded in ${Date.now() - started} ms: ${dataset.platforms.length} platforms, ${dataset.equipment.length} equipment, ${dataset.offerings.length} offerings, ${slots.length} slots`,
    );
    return {
      organizations: dataset.organizations.length,
      platforms: dataset.platforms.length,
      equipment: dataset.equipment.length,
      offerings: dataset.offerings.length,
      slots: slots.length,
      accounts,
      ids,
      userIds,
    };
  }

  /**
   * Writes DATA_DIR/demo-accounts.json (readable by its owner only) and prints the accounts, so a newcomer can sign
   * in at once; in production the random passwords go to the file only, never to the log.
   */
  async publishAccounts(summary: SeedSummary): Promise<void> {
    await mkdir(this.config.dataDir, { recursive: true });
    const file = this.accountsFile();
    await writeFile(file, `${JSON.stringify(summary.accounts, null, 2)}\n`, { mode: 0o600 });
    if (this.config.nodeEnv === 'production') {
      this.logger.warn(`demo data seeded on request; its accounts and random passwords are in ${file}`);
      return;
    }
    const lines = summary.accounts.map(
      (a) =>
        `  ${a.email.padEnd(34)} ${a.password.padEnd(24)} ${a.role.padEnd(10)} ${a.organizationKind ?? ''} ${a.province ?? ''}`,
    );
    this.logger.log(`demo accounts (also in ${file}):\n${lines.join('\n')}`);
  }

  /**
   * The accounts written by publishAccounts, for the sign-in page and GraphiQL of a demo install; none when this
   * install was not seeded with demo data, and none in production, whose random passwords stay in DATA_DIR.
   */
  async publishedAccounts(): Promise<PublishedDemoAccount[]> {
    if (this.config.nodeEnv === 'production') return [];
    return readFile(this.accountsFile(), 'utf8')
      .then((text) => JSON.parse(text) as PublishedDemoAccount[])
      .catch(() => []);
  }

  private accountsFile(): string {
    return path.join(this.config.dataDir, 'demo-accounts.json');
  }

  /**
   * Weekday runs from tomorrow for every shareable piece of equipment of a published platform: a day shift
   * (08:00–16:00 Shanghai) for most, a 48-hour run on Mondays for pilot lines. Platforms under an open-access
   * obligation mark one run in five as open access.
   */
  private slotsFor(
    dataset: DemoDataset,
    idOf: (key: string) => string,
    weeks: number,
  ): Array<{ equipmentId: string; startsAt: Date; endsAt: Date; openAccess: boolean }> {
    if (weeks <= 0) return [];
    const platforms = new Map(dataset.platforms.map((p) => [p.key, p]));
    const todayShanghai = Math.floor((Date.now() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
    const slots: Array<{ equipmentId: string; startsAt: Date; endsAt: Date; openAccess: boolean }> = [];
    dataset.equipment.forEach((equipment, index) => {
      const platform = platforms.get(equipment.platformKey);
      if (!platform || platform.status !== 'PUBLISHED' || !equipment.shareable) return;
      const obligated = OBLIGATED_MODES.has(platform.constructionMode);
      const longRuns = index % 4 === 0;
      let run = 0;
      for (let day = 1; day <= weeks * 7; day += 1) {
        const dayStart = todayShanghai + day * DAY_MS;
        const weekday = new Date(dayStart + SHANGHAI_OFFSET_MS).getUTCDay();
        if (longRuns ? weekday !== 1 : weekday === 0 || weekday === 6) continue;
        const startsAt = dayStart + 8 * 3_600_000;
        const endsAt = startsAt + (longRuns ? 48 : 8) * 3_600_000;
        slots.push({
          equipmentId: idOf(equipment.key),
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          openAccess: obligated && run % 5 === 0,
        });
        run += 1;
      }
    });
    return slots;
  }
}

/** The dataset's prices are whole yuan. */
const fenOf = (yuan: number | null) => (yuan === null ? null : yuan * FEN_PER_YUAN);
