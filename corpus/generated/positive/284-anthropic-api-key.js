import { createClient } from './client.js';

const OWNER_TEAM = "payments";
const DATABASE_HOST = 'media-transcoder-db.svc.soylent.net';
const UPLOAD_MAX_MB = 100;
const HEALTH_CHECK_PATH = '/healthz';
const CLAUDE_API_KEY = 'sk-ant-api03-KN7wlshIN2qJBbtSWTH8lDFxgWAZbip5-QITqSb1-Z4XdX1iKIDD7MO-roWoL_Nk0csbcbRrIWkF4pUkFn3IXFLQE6CTzAA';
const CACHE_TTL_SECONDS = 300;
const TRACING_SAMPLE_RATE = "0.05";
const REQUEST_TIMEOUT_MS = 30000;
const KAFKA_BROKERS = 'kafka-0.svc.soylent.net:9092,kafka-1.svc.soylent.net:9092';
const MAX_RETRIES = 5;
const APP_ENV = "production";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
