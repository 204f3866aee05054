import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Matches,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The typed configuration every module reads; built once from the environment at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  logLevel: LogLevel;
  dataDir: string;
  database: {
    /** Set when DATABASE_URL points at an external server; the embedded server fills it in otherwise. */
    url: string | undefined;
    embedded: boolean;
    poolSize: number;
    /** Longest a statement of the app's pool may run; 0 means no limit. */
    statementTimeoutMs: number;
    /**
     * Hot statements prepared by name on each pooled connection (`prepared()`); off behind a pooler that hands a
     * session's statements to other server connections (PgBouncer in transaction mode before 1.21).
     */
    preparedStatements: boolean;
  };
  search: {
    /** Connections of the PostgreSQL engine's own read pool (a bulkhead beside the main pool). */
    poolSize: number;
    /**
     * Results and facet counts the PostgreSQL engine keeps per process, each kind (0: none); keyed by the index
     * generation, so a change that is searchable is never answered from before it.
     */
    cacheEntries: number;
    meiliUrl: string | undefined;
    /** The key the app uses: an API key scoped to its indexes (see README); the master key only as a fallback. */
    meiliApiKey: string | undefined;
    /** Only for creating that key (`npm run meili:key`); the app never uses it when meiliApiKey is set. */
    meiliMasterKey: string | undefined;
    meiliIndex: string;
    /** Every HTTP request to Meilisearch fails after this long (a hung server must not hang searches or /health). */
    meiliTimeoutMs: number;
  };
  auth: {
    jwtSecret: string | undefined;
    tokenTtlSeconds: number;
    /** Sign-ups one client address makes freely before each waits a growing delay (registration throttle). */
    registrationsPerAddress: number;
    /**
     * Password hashes and checks (argon2id on libuv's thread pool, which database connections also use): at most
     * `concurrency` at once, `queue` more waiting at most `queueWaitMs` each; the others are refused (busy).
     */
    passwordHashing: { concurrency: number; queue: number; queueWaitMs: number };
    /**
     * Password scoring (zxcvbn-ts, during sign-up validation) in worker threads, off the API's own thread: `concurrency`
     * threads, `queue` more waiting at most `queueWaitMs` each; the others are refused (busy).
     */
    passwordScoring: { concurrency: number; queue: number; queueWaitMs: number };
  };
  seedDemo: boolean;
  /** In the embedded default the API process also runs the worker's jobs, so one command runs it all. */
  runJobsInProcess: boolean;
  booking: { holdHours: number; cancellationWindowHours: number };
  smtp: { url: string | undefined; from: string };
  requestBodyLimit: string;
  /** Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client address (sign-in throttle). */
  trustProxy: number | string | false;
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    /** A query's resolvers stop starting new fields after this long; the response is a QUERY_TIMEOUT error. */
    timeoutMs: number;
    /** A response larger than this (JSON bytes) is replaced by a RESPONSE_TOO_LARGE error. */
    maxResponseBytes: number;
    introspection: boolean;
    /** "Did you mean …?" in validation errors. */
    suggestions: boolean;
    graphiql: boolean;
  };
}

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase())
      ? true
      : ['0', 'false', 'no', 'off'].includes(String(value).toLowerCase())
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Environment variables as documented in the README; class-validator checks each one. */
class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: NodeEnv;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(500)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DATABASE_PREPARED_STATEMENTS?: boolean;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  MEILI_MASTER_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  MEILI_API_KEY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  MEILI_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  SEARCH_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  SEARCH_CACHE_ENTRIES?: number;

  @IsOptional()
  @IsString()
  @MinLength(1)
  MEILI_INDEX?: string;

  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  JWT_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  REGISTRATIONS_PER_ADDRESS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  PASSWORD_HASH_CONCURRENCY?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  PASSWORD_HASH_QUEUE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600_000)
  PASSWORD_HASH_WAIT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  PASSWORD_STRENGTH_THREADS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  PASSWORD_STRENGTH_QUEUE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600_000)
  PASSWORD_STRENGTH_WAIT_MS?: number;

  /** Read by libuv itself; here only to keep PASSWORD_HASH_CONCURRENCY below it. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  UV_THREADPOOL_SIZE?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  RUN_JOBS_IN_PROCESS?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  BOOKING_HOLD_HOURS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 30)
  CANCELLATION_WINDOW_HOURS?: number;

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  SMTP_FROM?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  GRAPHQL_MAX_COMPLEXITY?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  GRAPHQL_TIMEOUT_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10_000)
  @Max(1_000_000_000)
  GRAPHQL_MAX_RESPONSE_BYTES?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_SUGGESTIONS?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHIQL?: boolean;

  @IsOptional()
  @Matches(
    /^(false|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*)$/,
    {
      message:
        'TRUST_PROXY must be false, a number of proxy hops, or a comma-separated list of addresses, subnets, loopback, linklocal or uniquelocal',
    },
  )
  TRUST_PROXY?: string;
}

/** A configuration problem: one line naming the variable, printed instead of a stack trace. */
export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, pickKnown(env));
  const [first] = validateSync(vars, { forbidUnknownValues: false });
  if (first) {
    const rule = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(
      `Invalid configuration: ${first.property} ${rule.replace(/^\S+\s/, '')} (got "${String(env[first.property])}")`,
    );
  }
  const nodeEnv = vars.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const embedded = !vars.DATABASE_URL;
  if (nodeEnv === 'production' && !vars.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET is required when NODE_ENV=production (at least 32 characters)',
    );
  }
  // Hashes are the one long task the app puts on libuv's thread pool: they must leave a thread for database connects
  // (pg's SCRAM runs there), DNS look-ups, file reads and compression.
  const threadPool = vars.UV_THREADPOOL_SIZE ?? 4;
  const hashConcurrency = vars.PASSWORD_HASH_CONCURRENCY ?? Math.max(1, Math.min(2, threadPool - 1));
  if (vars.PASSWORD_HASH_CONCURRENCY !== undefined && hashConcurrency >= threadPool) {
    throw new ConfigError(
      `Invalid configuration: PASSWORD_HASH_CONCURRENCY must be below the thread pool size (UV_THREADPOOL_SIZE, ${threadPool}) (got "${hashConcurrency}")`,
    );
  }
  return {
    nodeEnv,
    port: vars.PORT ?? 3000,
    logLevel: vars.LOG_LEVEL ?? 'info',
    dataDir: vars.DATA_DIR ?? '.data',
    database: {
      url: vars.DATABASE_URL,
      embedded,
      poolSize: vars.DATABASE_POOL_SIZE ?? 20,
      statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000,
      preparedStatements: vars.DATABASE_PREPARED_STATEMENTS ?? true,
    },
    search: {
      poolSize: vars.SEARCH_POOL_SIZE ?? 8,
      cacheEntries: vars.SEARCH_CACHE_ENTRIES ?? 2000,
      meiliUrl: vars.MEILI_URL,
      meiliApiKey: vars.MEILI_API_KEY ?? vars.MEILI_MASTER_KEY,
      meiliMasterKey: vars.MEILI_MASTER_KEY,
      meiliIndex: vars.MEILI_INDEX ?? 'offerings',
      meiliTimeoutMs: vars.MEILI_TIMEOUT_MS ?? 5000,
    },
    auth: {
      jwtSecret: vars.JWT_SECRET,
      tokenTtlSeconds: vars.JWT_TTL_SECONDS ?? 7 * 24 * 3600,
      registrationsPerAddress: vars.REGISTRATIONS_PER_ADDRESS ?? 10,
      passwordHashing: {
        concurrency: hashConcurrency,
        queue: vars.PASSWORD_HASH_QUEUE ?? 16,
        queueWaitMs: vars.PASSWORD_HASH_WAIT_MS ?? 3000,
      },
      passwordScoring: {
        concurrency: vars.PASSWORD_STRENGTH_THREADS ?? 1,
        queue: vars.PASSWORD_STRENGTH_QUEUE ?? 16,
        queueWaitMs: vars.PASSWORD_STRENGTH_WAIT_MS ?? 3000,
      },
    },
    // Production never seeds unless asked: demo accounts are well known (or, seeded on request, written to DATA_DIR).
    seedDemo: vars.SEED_DEMO ?? (embedded && !production),
    runJobsInProcess: vars.RUN_JOBS_IN_PROCESS ?? embedded,
    booking: {
      holdHours: vars.BOOKING_HOLD_HOURS ?? 48,
      cancellationWindowHours: vars.CANCELLATION_WINDOW_HOURS ?? 24,
    },
    smtp: { url: vars.SMTP_URL, from: vars.SMTP_FROM ?? 'PilotMatch <no-reply@pilotmatch.local>' },
    requestBodyLimit: '1mb',
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    graphql: {
      maxDepth: vars.GRAPHQL_MAX_DEPTH ?? 10,
      maxComplexity: vars.GRAPHQL_MAX_COMPLEXITY ?? 10_000,
      timeoutMs: vars.GRAPHQL_TIMEOUT_MS ?? 10_000,
      maxResponseBytes: vars.GRAPHQL_MAX_RESPONSE_BYTES ?? 10_000_000,
      // Production shows the schema only to those it is configured for: no introspection, hints or IDE by default.
      introspection: vars.GRAPHQL_INTROSPECTION ?? !production,
      suggestions: vars.GRAPHQL_SUGGESTIONS ?? !production,
      graphiql: vars.GRAPHIQL ?? !production,
    },
  };
}

/** The only place that reads process.env. */
export function readEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}

// Unknown variables are ignored; only these are validated and read.
const KNOWN_VARIABLES: ReadonlyArray<keyof EnvironmentVariables> = [
  'NODE_ENV',
  'PORT',
  'LOG_LEVEL',
  'DATA_DIR',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_PREPARED_STATEMENTS',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'MEILI_API_KEY',
  'MEILI_INDEX',
  'MEILI_TIMEOUT_MS',
  'SEARCH_POOL_SIZE',
  'SEARCH_CACHE_ENTRIES',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'REGISTRATIONS_PER_ADDRESS',
  'PASSWORD_HASH_CONCURRENCY',
  'PASSWORD_HASH_QUEUE',
  'PASSWORD_HASH_WAIT_MS',
  'PASSWORD_STRENGTH_THREADS',
  'PASSWORD_STRENGTH_QUEUE',
  'PASSWORD_STRENGTH_WAIT_MS',
  'UV_THREADPOOL_SIZE',
  'SEED_DEMO',
  'RUN_JOBS_IN_PROCESS',
  'BOOKING_HOLD_HOURS',
  'CANCELLATION_WINDOW_HOURS',
  'SMTP_URL',
  'SMTP_FROM',
  'GRAPHQL_MAX_DEPTH',
  'GRAPHQL_MAX_COMPLEXITY',
  'GRAPHQL_TIMEOUT_MS',
  'GRAPHQL_MAX_RESPONSE_BYTES',
  'GRAPHQL_INTROSPECTION',
  'GRAPHQL_SUGGESTIONS',
  'GRAPHIQL',
  'TRUST_PROXY',
];

function parseTrustProxy(value: string | undefined): number | string | false {
  if (value === undefined || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function pickKnown(env: Record<string, string | undefined>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of KNOWN_VARIABLES) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  return picked;
}
