import {
  addTable,
  bothLanguages,
  EVALUATION_DIMENSION_LABELS,
  EvaluationDimension,
  moneyCell,
  MONEY_FORMAT,
  newWorkbook,
  workbookBuffer,
  type Column,
} from '#core';
import { COMPLIANCE_STATUS_LABELS } from '#obligations';
import {
  figureField,
  SERVICE_FIGURES,
  ServiceFigureCode,
  type ServiceFiguresModel,
  type ServiceFigureUnit,
} from '#reporting';
import { LEVEL_STANDING_LABELS } from '../evaluation.enums.js';
import type { EvaluationRoundModel } from '../round/round.model.js';
import type { EvaluationRoundReportModel, RecommendationRowModel, RecommendationSummaryModel } from './report.model.js';

const both = bothLanguages;

const FIGURE_FORMATS: Record<ServiceFigureUnit, string | undefined> = {
  SHARE: '0.0%',
  MONEY: MONEY_FORMAT,
  HOURS: undefined,
  COUNT: undefined,
  RATING: undefined,
};

/** The service figures, as report columns, from their one definition. */
const figureColumns = <R>(figuresOf: (row: R) => ServiceFiguresModel): Array<Column<R>> =>
  Object.values(ServiceFigureCode).map((code) => ({
    header: SERVICE_FIGURES[code].label,
    width: 16,
    numFmt: FIGURE_FORMATS[SERVICE_FIGURES[code].unit],
    value: (row: R) => {
      const value = (figuresOf(row) as unknown as Record<string, number | bigint | null>)[figureField(code)];
      // Money figures are totals (bigint); the others numbers.
      return SERVICE_FIGURES[code].unit === 'MONEY' ? moneyCell(value) : (value as number | null);
    },
  }));

export const RECOMMENDATION_COLUMNS: Array<Column<RecommendationRowModel>> = [
  { header: { zh: '序号', en: 'No.' }, width: 6, value: (_row, i) => i + 1 },
  { header: { zh: '平台名称', en: 'Platform' }, width: 36, value: (r) => r.platformName },
  { header: { zh: '平台英文名称', en: 'Platform (English)' }, width: 36, value: (r) => r.platformNameEn },
  { header: { zh: '建设运营单位', en: 'Operator' }, width: 30, value: (r) => r.operatorName },
  { header: { zh: '建设模式', en: 'Construction mode' }, width: 30, value: (r) => both(r.constructionModeLabel) },
  { header: { zh: '行业方向', en: 'Industry direction' }, width: 24, value: (r) => both(r.industryDirectionLabel) },
  { header: { zh: '重点领域', en: 'Key domains' }, width: 30, value: (r) => r.keyDomainLabels.map(both).join('; ') },
  { header: { zh: '级别', en: 'Level' }, width: 18, value: (r) => both(r.levelLabel) },
  { header: { zh: '认定状态', en: 'Standing' }, width: 24, value: (r) => both(LEVEL_STANDING_LABELS[r.standing]) },
  { header: { zh: '决定日期', en: 'Decided on' }, width: 12, value: (r) => r.levelDecidedAt, numFmt: 'yyyy-mm-dd' },
  { header: { zh: '所在城市', en: 'City' }, width: 10, value: (r) => r.city },
  { header: { zh: '地址', en: 'Address' }, width: 30, value: (r) => r.address },
  { header: { zh: '联系人', en: 'Contact' }, width: 10, value: (r) => r.contact.name },
  { header: { zh: '联系电话', en: 'Phone' }, width: 16, value: (r) => r.contact.phone },
  { header: { zh: '电子邮箱', en: 'E-mail' }, width: 24, value: (r) => r.contact.email },
  ...figureColumns<RecommendationRowModel>((r) => r.serviceFigures),
  {
    header: { zh: '开放共享义务状态', en: 'Open-access obligation' },
    width: 16,
    value: (r) =>
      r.serviceFigures.openAccessStatus ? both(COMPLIANCE_STATUS_LABELS[r.serviceFigures.openAccessStatus]) : null,
  },
  { header: { zh: '最近评估总分', en: 'Latest evaluation total' }, width: 12, value: (r) => r.latestEvaluationTotal },
  { header: { zh: '评估批次', en: 'Evaluation round' }, width: 24, value: (r) => r.latestEvaluationRound },
];

type RoundRow = EvaluationRoundReportModel['rows'][number];

const DIMENSIONS = Object.values(EvaluationDimension);

export const ROUND_RESULT_COLUMNS: Array<Column<RoundRow>> = [
  { header: { zh: '排名', en: 'Rank' }, width: 6, value: (r) => r.rank },
  { header: { zh: '平台名称', en: 'Platform' }, width: 36, value: (r) => r.platformName },
  { header: { zh: '省份', en: 'Province' }, width: 8, value: (r) => r.province },
  { header: { zh: '加权总分', en: 'Weighted total' }, width: 12, value: (r) => r.total },
  ...DIMENSIONS.map((d) => ({
    header: EVALUATION_DIMENSION_LABELS[d],
    width: 12,
    value: (r: RoundRow) => r.dimensionMeans.find((m) => m.dimension === d)?.mean ?? null,
  })),
  { header: { zh: '评审专家数', en: 'Experts' }, width: 10, value: (r) => r.experts },
  ...figureColumns<RoundRow>((r) => r.serviceFigures),
];

interface SheetRow {
  platformName: string;
  expert: string;
  sheet: EvaluationRoundModel['platforms'][number]['sheets'][number];
}

export const ROUND_SHEET_COLUMNS: Array<Column<SheetRow>> = [
  { header: { zh: '平台名称', en: 'Platform' }, width: 36, value: (r) => r.platformName },
  { header: { zh: '评审专家', en: 'Expert' }, width: 16, value: (r) => r.expert },
  ...DIMENSIONS.flatMap((d) => [
    {
      header: EVALUATION_DIMENSION_LABELS[d],
      width: 10,
      value: (r: SheetRow) => r.sheet.scores.find((s) => s.dimension === d)?.score ?? null,
    },
    {
      header: { zh: `${EVALUATION_DIMENSION_LABELS[d].zh}评语`, en: `${EVALUATION_DIMENSION_LABELS[d].en}: comment` },
      width: 30,
      value: (r: SheetRow) => r.sheet.scores.find((s) => s.dimension === d)?.comment ?? null,
    },
  ]),
  { header: { zh: '场地', en: 'Site' }, width: 30, value: (r) => r.sheet.siteNotes },
  { header: { zh: '设备', en: 'Equipment' }, width: 30, value: (r) => r.sheet.equipmentNotes },
  { header: { zh: '设施', en: 'Facilities' }, width: 30, value: (r) => r.sheet.facilitiesNotes },
  { header: { zh: '团队', en: 'Teams' }, width: 30, value: (r) => r.sheet.teamsNotes },
  {
    header: { zh: '提交时间', en: 'Submitted' },
    width: 18,
    value: (r) => r.sheet.submittedAt,
    numFmt: 'yyyy-mm-dd hh:mm',
  },
];

export async function recommendationSummaryWorkbook(summary: RecommendationSummaryModel): Promise<Buffer> {
  const workbook = newWorkbook();
  addTable(
    workbook,
    '推荐汇总表 Summary',
    `${summary.year}年重点中试平台推荐汇总表（${summary.provinceLabel.zh}） / Recommended key pilot platforms ${summary.year}, ${summary.provinceLabel.en}`,
    RECOMMENDATION_COLUMNS,
    summary.rows,
  );
  return workbookBuffer(workbook);
}

export async function evaluationRoundWorkbook(
  round: EvaluationRoundModel,
  report: EvaluationRoundReportModel,
  expertNames: ReadonlyMap<string, string>,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const weights = round.weights.map((w) => `${w.label.zh} ${w.weight}%`).join('，');
  addTable(
    workbook,
    '评估结果 Results',
    `${round.name}（${round.statusLabel.zh} / ${round.statusLabel.en}；权重 weights: ${weights}）`,
    ROUND_RESULT_COLUMNS,
    report.rows,
  );
  addTable(
    workbook,
    '评分明细 Sheets',
    `${round.name}：专家评分明细 / every expert’s sheet`,
    ROUND_SHEET_COLUMNS,
    round.platforms.flatMap((p) =>
      p.sheets.map((sheet) => ({
        platformName: p.platformName,
        expert: expertNames.get(sheet.expertUserId) ?? sheet.expertUserId,
        sheet,
      })),
    ),
  );
  return workbookBuffer(workbook);
}
