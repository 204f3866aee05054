import {
  addTable,
  bothLanguages,
  moneyColumn,
  newWorkbook,
  SERVICE_TYPE_LABELS,
  toCsv,
  workbookBuffer,
  type Column,
} from '#core';
import { PRICE_MODEL_LABELS, PRICE_TIER_LABELS } from '#catalog';
import { ORGANIZATION_KIND_LABELS } from '#identity';
import { CHARGE_LINE_KIND_LABELS, CHARGE_UNIT_LABELS } from '../billing.enums.js';
import { describeLine } from '../quote/quote.mapper.js';
import type { ChargeLineEntity } from './charge-line.entity.js';
import type { ChargeEntity } from './charge.entity.js';
import { asQuoteLine } from './charge.mapper.js';
import type { ChargeModel } from './charge.model.js';

/** A line of the export, with its charge and the requester's name. */
export interface ExportLineRow {
  line: ChargeLineEntity;
  charge: ChargeEntity;
  requesterName: string;
}

/** A charge of the export, as the API shows it, with the requester's name. */
export interface ExportChargeRow {
  charge: ChargeModel;
  platformName: string;
  requesterName: string;
}

const DATE_TIME = 'yyyy-mm-dd hh:mm';
const kindLabel = (kind: ChargeEntity['requesterKind']) =>
  kind ? bothLanguages(ORGANIZATION_KIND_LABELS[kind]) : null;

/** One row per charge line written in the period: what an operator's invoicing reads. */
export const CHARGE_LINE_COLUMNS: Array<Column<ExportLineRow>> = [
  { header: { zh: '记账时间', en: 'Written at' }, width: 18, value: (r) => r.line.createdAt, numFmt: DATE_TIME },
  { header: { zh: '费用单号', en: 'Charge' }, width: 38, value: (r) => r.charge.id },
  { header: { zh: '行号', en: 'Line' }, width: 6, value: (r) => r.line.seq },
  { header: { zh: '预约单号', en: 'Booking' }, width: 38, value: (r) => r.charge.bookingId },
  { header: { zh: '平台', en: 'Platform' }, width: 30, value: (r) => r.charge.platformName },
  { header: { zh: '服务', en: 'Offering' }, width: 30, value: (r) => r.charge.offeringTitle },
  {
    header: { zh: '服务类型', en: 'Service type' },
    width: 24,
    value: (r) => bothLanguages(SERVICE_TYPE_LABELS[r.charge.serviceType]),
  },
  { header: { zh: '需求方', en: 'Requester' }, width: 30, value: (r) => r.requesterName },
  { header: { zh: '需求方类型', en: 'Requester kind' }, width: 16, value: (r) => kindLabel(r.charge.requesterKind) },
  { header: { zh: '项目', en: 'Kind' }, width: 14, value: (r) => bothLanguages(CHARGE_LINE_KIND_LABELS[r.line.kind]) },
  {
    header: { zh: '价格档', en: 'Tier' },
    width: 16,
    value: (r) => (r.line.tier ? bothLanguages(PRICE_TIER_LABELS[r.line.tier]) : null),
  },
  {
    header: { zh: '说明', en: 'Description' },
    width: 40,
    value: (r) => bothLanguages(describeLine(asQuoteLine(r.line))),
  },
  { header: { zh: '数量', en: 'Quantity' }, width: 10, value: (r) => r.line.quantity },
  { header: { zh: '单位', en: 'Unit' }, width: 10, value: (r) => bothLanguages(CHARGE_UNIT_LABELS[r.line.unit]) },
  moneyColumn({ zh: '单价（元）', en: 'Unit price (CNY)' }, (r) => r.line.unitPrice),
  moneyColumn({ zh: '金额（元）', en: 'Amount (CNY)' }, (r) => r.line.amount),
  { header: { zh: '原因', en: 'Reason' }, width: 30, value: (r) => r.line.reason },
];

/** One row per charge issued in the period, with what it amounts to as of the export. */
export const CHARGE_COLUMNS: Array<Column<ExportChargeRow>> = [
  { header: { zh: '开具时间', en: 'Issued at' }, width: 18, value: (r) => r.charge.issuedAt, numFmt: DATE_TIME },
  { header: { zh: '费用单号', en: 'Charge' }, width: 38, value: (r) => r.charge.id },
  { header: { zh: '预约单号', en: 'Booking' }, width: 38, value: (r) => r.charge.bookingId },
  { header: { zh: '平台', en: 'Platform' }, width: 30, value: (r) => r.platformName },
  { header: { zh: '服务', en: 'Offering' }, width: 30, value: (r) => r.charge.offeringTitle },
  { header: { zh: '需求方', en: 'Requester' }, width: 30, value: (r) => r.requesterName },
  { header: { zh: '需求方类型', en: 'Requester kind' }, width: 16, value: (r) => kindLabel(r.charge.requesterKind) },
  {
    header: { zh: '计价方式', en: 'Price model' },
    width: 16,
    value: (r) => bothLanguages(PRICE_MODEL_LABELS[r.charge.priceModel]),
  },
  { header: { zh: '价格档', en: 'Tier' }, width: 16, value: (r) => bothLanguages(r.charge.tierLabel) },
  { header: { zh: '交付数量', en: 'Delivered' }, width: 10, value: (r) => r.charge.deliveredQuantity },
  moneyColumn({ zh: '小计', en: 'Subtotal' }, (r) => r.charge.subtotal),
  moneyColumn({ zh: '调整', en: 'Adjustments' }, (r) => r.charge.adjustmentsTotal),
  moneyColumn({ zh: '开具金额', en: 'Total issued' }, (r) => r.charge.total),
  moneyColumn({ zh: '已冲减', en: 'Credited' }, (r) => r.charge.credited),
  moneyColumn({ zh: '净额', en: 'Net' }, (r) => r.charge.net),
  moneyColumn({ zh: '标准价金额', en: 'At base price' }, (r) => r.charge.listAmount),
  moneyColumn({ zh: '价格优惠', en: 'Tier savings' }, (r) => r.charge.tierSavings),
  moneyColumn({ zh: '创新券抵扣', en: 'Voucher covered' }, (r) => r.charge.voucherCovered),
  moneyColumn({ zh: '需求方应付', en: 'Payable by requester' }, (r) => r.charge.payableByRequester),
];

export const chargeLinesCsv = (rows: readonly ExportLineRow[]): Buffer => toCsv(CHARGE_LINE_COLUMNS, rows);

export async function chargesWorkbook(
  title: string,
  charges: readonly ExportChargeRow[],
  lines: readonly ExportLineRow[],
): Promise<Buffer> {
  const workbook = newWorkbook();
  addTable(workbook, '费用 Charges', title, CHARGE_COLUMNS, charges);
  addTable(workbook, '明细 Lines', title, CHARGE_LINE_COLUMNS, lines);
  return workbookBuffer(workbook);
}
