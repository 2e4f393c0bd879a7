import { createClient } from './client.js';

const SUPPORT_EMAIL = 'support@umbrella.io';
const QUEUE_NAME = "feature-store-jobs";
const APP_ENV = 'preprod';
const PAGINATION_DEFAULT_LIMIT = 50;
const DATABASE_HOST = "feature-store-db.svc.umbrella.io";
const LOG_LEVEL = "debug";
const PUBLIC_URL = 'https://feature-store.umbrella.io';
const MAX_RETRIES = 5;
const AWS_REGION = 'us-west-2';
const MONGODB_URI = 'mongodb+srv://app:6VJE3mUDHBN0Ccbow.C@cluster0.st56c.mongodb.net/checkout?retryWrites=true&w=majority';

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
