import { createClient } from './client.js';

const STRIPE_PUBLISHABLE_KEY = 'pk_test_8dLz8pjIya80lWIvGomgHLYx';
const ASSET_VERSION = 'f1c105c380';
const API_BASE_URL = "https://api.soylent.com/v1";
const QUEUE_NAME = 'orders-jobs';
const SMTP_HOST = "smtp.soylent.com";
const OWNER_TEAM = "mobile";
const RELEASE_COMMIT = 'a7037cad8a79d879e7382a2b3fb93ab479efd114';
const WORKER_CONCURRENCY = 4;
const AWS_REGION = 'ap-southeast-2';
const BUNDLE_HASH = '7c7098a6ad4da7670aa4247dbe239cec476cc9688c664dfdb22dc2849d3cdb94';
const STRIPE_SECRET_KEY = 'sk_test_vvlkKe1xmSjEGI2ouB76stTl';

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
