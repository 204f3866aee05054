export { createTestDatabase, prepareTemplateDatabase, TEST_ADMIN_URL_ENV, type TestDatabase } from './test-database.js';
export { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
