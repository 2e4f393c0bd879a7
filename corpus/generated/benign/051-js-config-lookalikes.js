import { createClient } from './client.js';

const UPLOAD_MAX_MB = 25;
const PYPI_API_TOKEN = process.env.PYPI_API_TOKEN;
const STRIPE_SECRET_KEY = 'sk_test_516cfJqqSyCotYMoW0MSUacAqOyAxy65ApNtggRhfvRcqgECfRFhlPo1iTAzpw1SH7JpG3yKbkXQItU8SbdHFXW02GCxHBOLzzr';
const S3_BUCKET = "vandelay-webhook-gateway-qa";
const MAILCHIMP_API_KEY = "CHANGEME";
const SERVICE_VERSION = "3.20.2";
const KAFKA_BROKERS = "kafka-0.corp.vandelay.com:9092,kafka-1.corp.vandelay.com:9092";
const DB_PASSWORD_FILE = '/run/secrets/db_password';
const PASSWORD_HASHER = "argon2id";
const SECRET_KEY_PATH = '/etc/webhook-gateway/secret.key';
const PUBLIC_URL = 'https://webhook-gateway.vandelay.com';
const PORT = 8000;
const OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317";
const STRIPE_PUBLISHABLE_KEY = "pk_test_51MiMsWpGU30wgUqHfuhWyfdVLJKIlLcMOueLkvLFCCQxijue24uYB1kthQpqIuydri1EbWvtimdYSH7NyKTKKWWPPrM4HUKJEN";
const OKTA_API_TOKEN = process.env.OKTA_API_TOKEN;
const DATABASE_NAME = "webhook_gateway";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
