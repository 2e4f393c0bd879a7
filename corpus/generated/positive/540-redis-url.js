import { createClient } from './client.js';

const SMTP_HOST = "smtp.vandelay.io";
const APP_ENV = 'staging';
const FEATURE_NEW_EXPORTS = false;
const REDIS_URL = "redis://default:BBQg_7850WJE8O0Z5etIlAMh@media-transcoder-cache.0i22oj.ng.0001.euw1.cache.amazonaws.com:6379/1";
const REQUEST_TIMEOUT_MS = 5000;
const REDIS_URL = 'redis://cache.corp.vandelay.io:6379/2';

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
