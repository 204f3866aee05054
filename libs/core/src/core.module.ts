import { Global, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.tokens.js';
import { dataSourceOptions } from './database/data-source.options.js';
import { QueryCounter } from './database/query-counter.js';
import { TransactionRunner } from './database/transaction.runner.js';
import { LoaderRegistry } from './graphql/loader.registry.js';
import { JobScheduler } from './jobs/job.scheduler.js';
import { createRootLogger, loggerOptions, ROOT_LOGGER } from './logging/logger.options.js';
import { OutboxMessageEntity } from './outbox/outbox-message.entity.js';
import { OutboxProcessor } from './outbox/outbox.processor.js';
import { OutboxRepository } from './outbox/outbox.repository.js';
import { OutboxWriter } from './outbox/outbox.writer.js';
import { Clock } from './time/clock.js';
import { VocabularyResolver } from './vocabulary/vocabulary.resolver.js';

const SHARED_PROVIDERS = [
  Clock,
  TransactionRunner,
  OutboxRepository,
  OutboxWriter,
  OutboxProcessor,
  JobScheduler,
  LoaderRegistry,
];

/**
 * The shared kernel every app imports once: typed configuration, logging, the database (migrated at start),
 * transactions, the outbox and background jobs.
 */
@Global()
@Module({})
export class CoreModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly outbox: OutboxProcessor,
    private readonly outboxRepository: OutboxRepository,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    const databaseUrl = config.database.url;
    if (!databaseUrl) throw new Error('CoreModule.forRoot needs a database URL (prepareRuntime fills it in)');
    const queryCounter = new QueryCounter();
    const rootLogger = createRootLogger(config);
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ app: config })] }),
        LoggerModule.forRoot(loggerOptions(rootLogger)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, {
            logger: queryCounter,
            poolSize: config.database.poolSize,
            statementTimeoutMs: config.database.statementTimeoutMs,
            preparedStatements: config.database.preparedStatements,
          }),
          autoLoadEntities: true,
          migrationsRun: true,
        }),
        TypeOrmModule.forFeature([OutboxMessageEntity]),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: QueryCounter, useValue: queryCounter },
        { provide: ROOT_LOGGER, useValue: rootLogger },
        VocabularyResolver,
        ...SHARED_PROVIDERS,
      ],
      exports: [APP_CONFIG, QueryCounter, ROOT_LOGGER, ...SHARED_PROVIDERS],
    };
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'outbox.drain', intervalMs: 250, run: () => this.outbox.drainOnce() });
    this.jobs.register({
      name: 'outbox.cleanup',
      intervalMs: 60 * 60 * 1000,
      run: () => this.outboxRepository.deleteProcessedBefore(new Date(Date.now() - 7 * 24 * 3600 * 1000)),
    });
  }
}
