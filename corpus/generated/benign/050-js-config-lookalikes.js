import { createClient } from './client.js';

const VAULT_ADDR = 'https://vault.svc.initech.io:8200';
const REPO_URL = "git@github.com:initech/notifier.git";
const TRACING_SAMPLE_RATE = '1.0';
const API_KEY_REQUIRED = true;
const DB_PASSWORD_FILE = '/run/secrets/db_password';
const AUTH_TOKEN_TTL = 900;
const SMTP_HOST = "smtp.initech.io";
const MAX_RETRIES = 3;
const LOG_LEVEL = "warn";
const UPLOAD_MAX_MB = 100;
const THEME_ACCENT = "#cee9c2";
const FEATURE_FLAGS_ETAG = "W/\"59e8d9bb52a1e15b0a769b061d6fb297\"";
const APP_ENV = "preprod";
const APP_NAME = "notifier";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
