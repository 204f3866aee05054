import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { CoreModule, GraphqlExceptionFilter, type AppConfig } from '#core';
import { BillingModule } from '#billing';
import { BookingModule } from '#booking';
import { CatalogModule } from '#catalog';
import { DemoModule } from '#demo';
import { EvaluationModule } from '#evaluation';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { ObligationsModule } from '#obligations';
import { ReportingModule } from '#reporting';
import { SearchModule } from '#search';
import { GraphiqlController } from './graphiql/graphiql.controller.js';
import { ComplexityPlugin } from './graphql/complexity.plugin.js';
import { ExecutionLimitsPlugin } from './graphql/execution-limits.plugin.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { HealthController } from './health/health.controller.js';

/** The API assembles the contexts and configures GraphQL; features live in libs/. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({ ...graphqlOptions(config), driver: ApolloDriver }),
        TerminusModule,
        IdentityModule,
        CatalogModule,
        BookingModule,
        BillingModule,
        ObligationsModule,
        MatchingModule,
        ReportingModule,
        EvaluationModule,
        DemoModule,
        SearchModule,
      ],
      controllers: [HealthController, GraphiqlController],
      providers: [ComplexityPlugin, ExecutionLimitsPlugin, { provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
    };
  }
}
