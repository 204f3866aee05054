export { CoreModule } from './core.module.js';
export { Public, IS_PUBLIC } from './auth/public.decorator.js';
export {
  loadConfig,
  readEnvironment,
  ConfigError,
  type AppConfig,
  type LogLevel,
  type NodeEnv,
} from './config/app-config.js';
export { APP_CONFIG } from './config/config.tokens.js';
export { ROOT_LOGGER } from './logging/logger.options.js';
export { requestLogging, SLOW_REQUEST_MS, type RequestLoggingOptions } from './logging/request-logging.js';
export { prepareRuntime, type PreparedRuntime } from './config/runtime.js';
export { dataSourceOptions } from './database/data-source.options.js';
export { QueryCounter, type RecordedStatement } from './database/query-counter.js';
export { prepared } from './database/prepared-statements.js';
export { isUniqueViolation } from './database/unique-violation.js';
export { EntityColumns } from './database/entity-columns.js';
export { renderFragments, type SqlFragment } from './database/sql-fragment.js';
export { NUMERIC } from './database/numeric.transformer.js';
export { MONEY } from './money/money.transformer.js';
export { Money } from './money/money.scalar.js';
export * from './money/money.js';
export {
  addTable,
  bothLanguages,
  moneyCell,
  moneyColumn,
  MONEY_FORMAT,
  newWorkbook,
  toCsv,
  workbookBuffer,
  type Cell,
  type Column,
  type MoneyCell,
} from './export/table.js';
export { CSV_TYPE, sendFile, XLSX_TYPE, type FileToSend } from './export/file-response.js';
export { TransactionRunner, type IsolationLevel } from './database/transaction.runner.js';
export {
  CoreError,
  CoreErrorCode,
  DomainError,
  ErrorKind,
  type ErrorDetails,
  type FieldError,
} from './errors/domain-error.js';
export { createValidationPipe, toFieldErrors } from './errors/validation.pipe.js';
export { GraphqlExceptionFilter } from './errors/graphql-exception.filter.js';
export { toGraphQLError, INTERNAL_SERVER_ERROR } from './errors/graphql-error.mapper.js';
export { databaseTrouble, type DatabaseTrouble } from './errors/database-trouble.js';
export {
  argumentCost,
  countedAbove,
  listCost,
  pageCost,
  UNDECLARED_LIST_LENGTH,
  undeclaredListEstimator,
} from './graphql/complexity.js';
export {
  Connection,
  ListArgs,
  PageArgs,
  PageInfo,
  paginate,
  toConnection,
  type ConnectionShape,
  type Page,
} from './graphql/pagination.js';
export { LoaderRegistry, byKeys, groupByKeys } from './graphql/loader.registry.js';
export { IdArg, ParseIdPipe } from './graphql/id-arg.js';
export { selectedFields } from './graphql/selection.js';
export { LocationInput, LocationModel } from './graphql/location.js';
export { LabelModel, type Bilingual, type LabelTable } from './i18n/label.js';
export { Lang, languageOf, type Language } from './i18n/language.js';
export { StateMachine, type Transition } from './state/state-machine.js';
export { Clock } from './time/clock.js';
export { DATE_TIME_EXAMPLE, DATE_TIME_YEARS, DateTimeError, parseDateTime } from './time/date-time.js';
export { JobScheduler, type JobDefinition } from './jobs/job.scheduler.js';
export { OutboxWriter } from './outbox/outbox.writer.js';
export { outboxInsertCte } from './outbox/outbox.repository.js';
export { OutboxProcessor } from './outbox/outbox.processor.js';
export {
  SEARCH_INDEX_TOPIC,
  enqueueSearchIndex,
  searchIndexFragment,
  searchIndexMessages,
  type SearchIndexPayload,
  type SearchIndexTarget,
} from './outbox/search-index.messages.js';
export type { OutboxBacklog, OutboxHandler, OutboxMessage, PendingOutboxMessage } from './outbox/outbox.types.js';
export * from './vocabulary/domain.enums.js';
export { registerLabelledEnum, labelledEnums } from './vocabulary/vocabulary.registry.js';
export { PROVINCES, PROVINCE_CODES, provinceByCode, type Province } from './vocabulary/provinces.js';
export {
  PROVINCE_EXTENTS,
  PROVINCE_MARGIN_DEGREES,
  locationOutsideChina,
  locationOutsideProvince,
  type Extent,
} from './vocabulary/province-extents.js';
export * from './validation/validators.js';
