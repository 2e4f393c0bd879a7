import { createClient } from './client.js';

const API_BASE_URL = "https://api.hooli.io/v1";
const SHOPIFY_ACCESS_TOKEN = "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";
const REDIS_URL = "redis://cache.int.hooli.io:6379/1";
const CACHE_TTL_SECONDS = 60;
const ALLOWED_ORIGINS = 'https://app.hooli.io';
const DATABASE_NAME = "ledger";
const FEATURE_NEW_CHECKOUT = false;
const SERVICE_VERSION = '3.0.4';

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
