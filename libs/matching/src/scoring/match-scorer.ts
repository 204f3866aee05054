import { PRICE_MODEL_LABELS, type PriceModel } from '#catalog';
import {
  toYuan,
  type Accreditation,
  type Bilingual,
  type IndustryDirection,
  type KeyDomain,
  type PlatformLevel,
  type ServiceType,
} from '#core';
import { MatchFactor, PILOT_REQUEST_KIND_SERVICES, type PilotRequestKind } from '../matching.enums.js';

/** What the scorer knows of a request. */
export interface RequestFacts {
  kind: PilotRequestKind;
  serviceTypes: ServiceType[];
  industryDirection: IndustryDirection | null;
  keyDomains: KeyDomain[];
  windowFrom: Date;
  windowTo: Date;
  /** In fen. */
  budgetMax: number | null;
  preferredProvinces: string[];
  location: { lat: number; lng: number } | null;
  requiredAccreditations: Accreditation[];
  /** The scale the request names (its upper end is what it would pay for), when it names one. */
  scale: { to: number; unit: string } | null;
}

/** What the scorer knows of a candidate offering. */
export interface CandidateFacts {
  offeringId: string;
  /** The request's text relevance relative to the best candidate's, 0–1 (0 when found by filters only): ranks. */
  textScore: number;
  /**
   * How much the offering is what the request's own phrases describe, in absolute terms, 0–1 (`textEvidence` of
   * match-candidate.search.ts): the best candidate's bounds every score (`NEED_FIT`).
   */
  textEvidence: number;
  /**
   * `textEvidence` before how telling its words are (`specificity` of match-candidate.search.ts), 0–1: what the best
   * candidate covers of the request, when its words are those most offerings hold, says why the evidence is low.
   */
  textCoverage: number;
  serviceType: ServiceType;
  industryDirection: IndustryDirection;
  keyDomains: KeyDomain[];
  province: string;
  location: { lat: number; lng: number } | null;
  priceModel: `${PriceModel}`;
  /** What the requester would pay per unit (their tier's price), in fen; null on quotation. */
  priceAmount: number | null;
  leadTimeDays: number;
  accreditations: Accreditation[];
  platformLevel: PlatformLevel;
  ratingAverage: number | null;
  ratingCount: number;
  /** OPEN slot starts of the offering's equipment that overlap the request window. */
  openSlotsInWindow: number;
  /** Booking requests the platform answered, of those that needed an answer. */
  response: { answered: number; total: number };
}

export interface MatchReason {
  factor: MatchFactor;
  /** The factor's weight in the total (weights sum to 1). */
  weight: number;
  /** The factor's own score, 0–1. */
  score: number;
  detail: Bilingual;
}

export interface ScoredMatch {
  offeringId: string;
  /** Weighted sum of the factor scores times NEED_FIT's score, 0–1. */
  score: number;
  reasons: MatchReason[];
}

/**
 * The ranking, in one place. Weights sum to 1; each factor scores 0–1 and says why in both languages.
 * Required accreditations are a hard filter, not a weight: a candidate missing one is dropped. NEED_FIT is not a
 * weight either: every score is the weighted sum times it (`needFit`), so that a need no offering serves gets
 * visibly low scores rather than its best weak match shown as 100 % relevant.
 * Text relevance weighs most because it alone tells which product or process an offering pilots: direction and
 * key domains are shared by whole industries, and a near, national-level platform piloting another product is not
 * a better match (measured by `npm run eval:matching`, docs/benchmarks.md).
 */
export const MATCH_WEIGHTS: Record<
  Exclude<MatchFactor, MatchFactor.REQUIRED_ACCREDITATIONS | MatchFactor.NEED_FIT>,
  number
> = {
  [MatchFactor.TEXT_RELEVANCE]: 0.3,
  [MatchFactor.SERVICE_TYPE]: 0.2,
  [MatchFactor.DOMAIN_AND_DIRECTION]: 0.1,
  [MatchFactor.CAPACITY_IN_WINDOW]: 0.15,
  [MatchFactor.LOCATION]: 0.1,
  [MatchFactor.PRICE_AGAINST_BUDGET]: 0.1,
  [MatchFactor.PLATFORM_LEVEL]: 0.025,
  [MatchFactor.RATING_AND_RESPONSE]: 0.025,
};

/**
 * The service types a request asks for: those it names, else those of its kind. A request that names none still says
 * what it wants by its kind (machine hours for EQUIPMENT_ACCESS, tests for TESTING): counting every type as a match
 * let the text alone rank a scale-up above the machine hours asked for.
 */
export function servicesAsked(request: {
  kind: PilotRequestKind;
  serviceTypes: readonly ServiceType[];
}): ServiceType[] {
  return [...(request.serviceTypes.length ? request.serviceTypes : PILOT_REQUEST_KIND_SERVICES[request.kind])];
}

const LEVEL_SCORES: Record<PlatformLevel, number> = { NATIONAL: 1, PROVINCIAL: 0.7, CULTIVATION: 0.5, NONE: 0.2 };
const NEAR_KM = 1500;

export function scoreCandidates(request: RequestFacts, candidates: CandidateFacts[], now: Date): ScoredMatch[] {
  const eligible = candidates.filter((c) => request.requiredAccreditations.every((a) => c.accreditations.includes(a)));
  const implied = request.industryDirection === null ? impliedDirection(eligible) : null;
  const fit = needFit(eligible);
  // Ranked by the weighted sum: NEED_FIT scales every match alike, so it keeps their order even when it is 0.
  return eligible
    .map((c) => scoreOne(request, c, implied, fit, now))
    .map((match) => ({ match, sum: weighted(match.reasons) }))
    .sort((a, b) => b.sum - a.sum || a.match.offeringId.localeCompare(b.match.offeringId))
    .map(({ match }) => match);
}

/**
 * Text evidence from which the best candidate is taken to serve the need in full. Below it, every score is scaled
 * down in proportion: the best evidence of the five unserved needs of the first holdout set was 0.27–0.42, and
 * 45 of its 50 served requests keep a relevant match scoring 0.6 or more (docs/benchmarks.md).
 */
export const EVIDENT_FROM = 0.6;

/**
 * How far the candidates serve the need at all, 0–1, and why: the best candidate's text evidence over EVIDENT_FROM.
 * One figure for all of a request's matches, so it keeps their order and their relative text relevance. Why it falls
 * short: the request's words are mostly those most services have (some candidate covers it in full, by such words),
 * or no candidate covers much of it.
 */
export function needFit(candidates: readonly CandidateFacts[]): { score: number; detail: Bilingual } {
  const evidence = Math.max(0, ...candidates.map((c) => c.textEvidence));
  const score = Math.min(1, evidence / EVIDENT_FROM);
  const counts = Math.round(score * 100);
  // Matched in full, but only by words most offerings hold: the request does not say which service it needs.
  const generic = Math.max(0, ...candidates.map((c) => c.textCoverage)) >= EVIDENT_FROM;
  return {
    score: Math.round(score * 10_000) / 10_000,
    detail:
      score >= 1
        ? { zh: '有服务与您描述的需求相符', en: 'some service found fits what you describe' }
        : generic
          ? {
              zh: `您的描述与现有服务相同的多是大多数服务都有的通用词，看不出具体需要哪项服务：各项得分按 ${counts}% 计`,
              en: `the words your description shares with the services found are mostly ones most services have, so they do not tell which one you need: every score counts ${counts}%`,
            }
          : {
              zh: `现有服务最多只对上您需求描述的 ${Math.round(evidence * 100)}%：各项得分按 ${counts}% 计`,
              en: `the services found match at most ${Math.round(evidence * 100)}% of what you describe: every score counts ${counts}%`,
            },
  };
}

/** A text relevance this high says the offering pilots what the request describes. */
const IMPLIED_FROM = 0.8;

/**
 * The industry direction of a request that names none: that of most offerings its text matches best (relevance ≥
 * IMPLIED_FROM), if any. Without it, every offering scored 'not specified' alike and a small batch of any industry
 * ranked level with a sibling product of the one the request describes.
 */
export function impliedDirection(candidates: readonly CandidateFacts[]): IndustryDirection | null {
  const counts = new Map<IndustryDirection, number>();
  for (const c of candidates)
    if (c.textScore >= IMPLIED_FROM) counts.set(c.industryDirection, (counts.get(c.industryDirection) ?? 0) + 1);
  let best: IndustryDirection | null = null;
  for (const [direction, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = direction;
  return best;
}

function scoreOne(
  request: RequestFacts,
  c: CandidateFacts,
  implied: IndustryDirection | null,
  fit: { score: number; detail: Bilingual },
  now: Date,
): ScoredMatch {
  const reasons: MatchReason[] = [];
  const add = (factor: keyof typeof MATCH_WEIGHTS, score: number, detail: Bilingual) =>
    reasons.push({ factor, weight: MATCH_WEIGHTS[factor], score: Math.max(0, Math.min(1, score)), detail });

  const text = Math.max(0, Math.min(1, c.textScore));
  add(MatchFactor.TEXT_RELEVANCE, text, {
    zh: text > 0 ? `与需求描述的文本相关度 ${Math.round(text * 100)}%` : '按服务类型与方向筛选得到，文本未直接命中',
    en:
      text > 0
        ? `text relevance to the request: ${Math.round(text * 100)}%`
        : 'found by service type and direction; the text did not match directly',
  });

  const typeMatch = servicesAsked(request).includes(c.serviceType);
  add(
    MatchFactor.SERVICE_TYPE,
    typeMatch ? 1 : 0,
    typeMatch
      ? { zh: '服务类型符合需求', en: 'the service type is one you asked for' }
      : { zh: '服务类型与需求不同', en: 'a different service type than requested' },
  );

  const asked = request.industryDirection ?? implied;
  const direction = asked === null ? 0.5 : asked === c.industryDirection ? 1 : 0;
  const how = request.industryDirection === null && asked !== null;
  const domainOverlap =
    request.keyDomains.length === 0
      ? 0.5
      : request.keyDomains.filter((d) => c.keyDomains.includes(d)).length / request.keyDomains.length;
  add(MatchFactor.DOMAIN_AND_DIRECTION, (direction + domainOverlap) / 2, {
    zh: `产业方向${direction === 1 ? '一致' : direction === 0 ? '不同' : '未指定'}${how ? '（按与需求文本最相符的服务推断）' : ''}，重点领域重合 ${Math.round(domainOverlap * 100)}%`,
    en: `industry direction ${direction === 1 ? 'matches' : direction === 0 ? 'differs' : 'not specified'}${how ? ' (inferred from the services your text matches best)' : ''}; key domains overlap ${Math.round(domainOverlap * 100)}%`,
  });

  const readyBy = new Date(now.getTime() + c.leadTimeDays * 86_400_000);
  if (c.openSlotsInWindow > 0) {
    add(MatchFactor.CAPACITY_IN_WINDOW, 1, {
      zh: `时间窗内有 ${c.openSlotsInWindow} 个空闲时段`,
      en: `${c.openSlotsInWindow} free slots inside your window`,
    });
  } else if (readyBy <= request.windowTo) {
    add(MatchFactor.CAPACITY_IN_WINDOW, 0.5, {
      zh: `暂无空闲时段，但交付周期 ${c.leadTimeDays} 天可在时间窗内开始`,
      en: `no free slot yet, but its ${c.leadTimeDays}-day lead time fits your window`,
    });
  } else {
    add(MatchFactor.CAPACITY_IN_WINDOW, 0, {
      zh: `交付周期 ${c.leadTimeDays} 天，赶不上时间窗`,
      en: `its ${c.leadTimeDays}-day lead time misses your window`,
    });
  }

  if (request.preferredProvinces.includes(c.province)) {
    add(MatchFactor.LOCATION, 1, { zh: '位于您偏好的省份', en: 'in a province you prefer' });
  } else if (request.location && c.location) {
    const km = haversineKm(request.location, c.location);
    add(MatchFactor.LOCATION, 1 - km / NEAR_KM, {
      zh: `距您约 ${Math.round(km)} 公里`,
      en: `about ${Math.round(km)} km from you`,
    });
  } else {
    add(
      MatchFactor.LOCATION,
      request.preferredProvinces.length ? 0 : 0.5,
      request.preferredProvinces.length
        ? { zh: '不在偏好省份', en: 'outside your preferred provinces' }
        : { zh: '未指定地点偏好', en: 'no location preference given' },
    );
  }

  if (c.priceModel === 'QUOTE' || c.priceAmount === null) {
    add(MatchFactor.PRICE_AGAINST_BUDGET, 0.5, { zh: '价格面议', en: 'price on quotation' });
  } else {
    const charge = chargeFor(request, c.priceModel, c.priceAmount);
    if (request.budgetMax === null) {
      add(MatchFactor.PRICE_AGAINST_BUDGET, 0.5, {
        zh: `${charge.zh}，未设预算`,
        en: `${charge.en}; no budget given`,
      });
    } else {
      const ratio = charge.totalFen / request.budgetMax;
      const score = ratio <= 1 ? 1 : ratio <= 1.25 ? 0.5 : 0;
      add(MatchFactor.PRICE_AGAINST_BUDGET, score, {
        zh: `${charge.zh}，${ratio <= 1 ? '在预算内' : `超出预算 ${Math.round((ratio - 1) * 100)}%`}`,
        en: `${charge.en}, ${ratio <= 1 ? 'within budget' : `${Math.round((ratio - 1) * 100)}% over budget`}`,
      });
    }
  }

  add(MatchFactor.PLATFORM_LEVEL, LEVEL_SCORES[c.platformLevel], {
    zh: `平台级别：${LEVEL_ZH[c.platformLevel]}`,
    en: `platform level: ${c.platformLevel.toLowerCase()}`,
  });

  // Few reviews say little: the rating is shrunk towards a neutral 3/5 until five reviews are in.
  const rating =
    c.ratingAverage === null
      ? 0.6
      : (c.ratingAverage * Math.min(c.ratingCount, 5) + 3 * Math.max(0, 5 - c.ratingCount)) / 5 / 5;
  const response = c.response.total === 0 ? 0.6 : c.response.answered / c.response.total;
  add(MatchFactor.RATING_AND_RESPONSE, (rating + response) / 2, {
    zh: `${c.ratingAverage === null ? '暂无评价' : `评分 ${c.ratingAverage.toFixed(1)}（${c.ratingCount} 条）`}，${c.response.total === 0 ? '暂无响应记录' : `及时响应 ${Math.round(response * 100)}% 的预约`}`,
    en: `${c.ratingAverage === null ? 'no reviews yet' : `rated ${c.ratingAverage.toFixed(1)} (${c.ratingCount} reviews)`}; ${c.response.total === 0 ? 'no response history yet' : `answered ${Math.round(response * 100)}% of booking requests in time`}`,
  });

  reasons.push({
    factor: MatchFactor.REQUIRED_ACCREDITATIONS,
    weight: 0,
    score: 1,
    detail: request.requiredAccreditations.length
      ? {
          zh: `具备所需资质：${request.requiredAccreditations.join('、')}`,
          en: `holds the required accreditations: ${request.requiredAccreditations.join(', ')}`,
        }
      : { zh: '未要求特定资质', en: 'no accreditation required' },
  });

  reasons.push({ factor: MatchFactor.NEED_FIT, weight: 0, score: fit.score, detail: fit.detail });

  const score = fit.score * weighted(reasons);
  return { offeringId: c.offeringId, score: Math.round(score * 10_000) / 10_000, reasons };
}

/** The weighted sum of the factors' scores (NEED_FIT and the accreditations weigh 0). */
const weighted = (reasons: readonly MatchReason[]) => reasons.reduce((total, r) => total + r.weight * r.score, 0);

/**
 * The units a request's scale counts in that an offering charges by: hours for HOURLY, samples for PER_SAMPLE, batches
 * for PER_BATCH (as requesters write them, lower case).
 */
const CHARGED_UNITS: Partial<Record<PriceModel, ReadonlySet<string>>> = {
  HOURLY: new Set(['h', 'hr', 'hrs', 'hour', 'hours', '小时', '机时', '个小时', '个机时']),
  PER_SAMPLE: new Set(['sample', 'samples', 'specimen', 'specimens', '样品', '个样品', '试样', '个试样']),
  PER_BATCH: new Set(['batch', 'batches', 'lot', 'lots', '批', '批次']),
};

/**
 * What the requester would pay, and how it is said: the unit price times the request's scale when the request counts
 * in the unit the offering charges by (36 hours of a machine priced by the hour), else the price as it is (a FIXED
 * price is the whole charge; an hourly price without hours is all there is to compare).
 */
export function chargeFor(
  request: Pick<RequestFacts, 'scale'>,
  model: `${PriceModel}`,
  unitFen: number,
): { totalFen: number; zh: string; en: string } {
  const each = { zh: `报价 ¥${yuan(unitFen, 'zh-CN')}`, en: `priced ¥${yuan(unitFen, 'en-US')}` };
  if (model === 'FIXED') return { totalFen: unitFen, ...each };
  const label = PRICE_MODEL_LABELS[model as PriceModel];
  const scale = request.scale;
  if (!scale || !CHARGED_UNITS[model as PriceModel]?.has(scale.unit.trim().toLowerCase()))
    return { totalFen: unitFen, zh: `${each.zh}（${label.zh}）`, en: `${each.en} ${label.en}` };
  const totalFen = Math.round(unitFen * scale.to);
  return {
    totalFen,
    zh: `${each.zh}（${label.zh}）× ${scale.to} = ¥${yuan(totalFen, 'zh-CN')}`,
    en: `${each.en} ${label.en} × ${scale.to} = ¥${yuan(totalFen, 'en-US')}`,
  };
}

const LEVEL_ZH: Record<PlatformLevel, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CULTIVATION: '培育库',
  NONE: '未评级',
};

export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** An amount in fen for a reason's text, in yuan as people write it (¥120,000 or ¥1,280.5). */
const yuan = (fen: number, locale: string) => toYuan(fen).toLocaleString(locale, { maximumFractionDigits: 2 });
