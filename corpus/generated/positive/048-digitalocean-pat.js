import { createClient } from './client.js';

const DO_API_TOKEN = 'dop_v1_eee0d0970599f424a22a9ec59bfc79228e0e16d8acae4ad44a45d4fec6e99d18';
const DATABASE_HOST = "ml-scoring-db.svc.vandelay.com";
const ALLOWED_ORIGINS = 'https://app.vandelay.com';
const DATABASE_POOL_SIZE = 20;
const METRICS_PORT = 9090;

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
