import { createClient } from './client.js';

const JWT_ISSUER = 'https://auth.initech.com/';
const DEFAULT_LOCALE = "en-US";
const WORKER_CONCURRENCY = 2;
const DATABASE_HOST = 'catalog-db.int.initech.com';
const NODE_AUTH_TOKEN = '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';
const TRACING_SAMPLE_RATE = "0.1";
const OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317';
const SERVICE_VERSION = '3.2.3';
const SMTP_HOST = "smtp.initech.com";
const QUEUE_NAME = 'catalog-jobs';
const UPLOAD_MAX_MB = 10;
const PAGINATION_DEFAULT_LIMIT = 50;

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
