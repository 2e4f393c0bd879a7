import { createClient } from './client.js';

const TRACING_SAMPLE_RATE = "0.05";
const ALLOWED_ORIGINS = 'https://app.cyberdyne.cloud';
const REDIS_URL = "redis://cache.corp.cyberdyne.cloud:6379/1";
const BB_APP_PASSWORD = "ATBBaIBeTAi1WDP7BUz5DYIQGD6VjQl4F1A59E63";
const PAGINATION_DEFAULT_LIMIT = 50;
const UPLOAD_MAX_MB = 100;
const PORT = 5000;
const SMTP_HOST = 'smtp.cyberdyne.cloud';
const KAFKA_BROKERS = "kafka-0.corp.cyberdyne.cloud:9092,kafka-1.corp.cyberdyne.cloud:9092";
const PUBLIC_URL = "https://data-pipeline.cyberdyne.cloud";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
