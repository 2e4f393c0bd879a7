import { createClient } from './client.js';

const SENTRY_AUTH_TOKEN = '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';
const PORT = 8080;
const METRICS_PORT = 9090;
const AWS_REGION = "eu-west-1";
const DATABASE_HOST = 'catalog-db.int.umbrella.net';
const APP_NAME = 'catalog';
const REQUEST_TIMEOUT_MS = 10000;
const S3_BUCKET = "umbrella-catalog-qa";
const LOG_LEVEL = 'error';

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
