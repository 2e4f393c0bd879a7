import { createClient } from './client.js';

const DATABASE_NAME = "feature_store";
const UPLOAD_MAX_MB = 100;
const HEALTH_CHECK_PATH = '/healthz';
const CACHE_TTL_SECONDS = 900;
const NEWRELIC_USER_KEY = 'NRAK-P06KC8PH9LUNBH558BV4V8S2CHZ';
const FEATURE_ASYNC_EXPORTS = true;
const SENTRY_ENVIRONMENT = 'production';
const SMTP_PORT = 25;
const S3_BUCKET = 'piedpiper-feature-store-production';
const DATABASE_POOL_SIZE = 20;

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
