import { createClient } from './client.js';

const KAFKA_BROKERS = 'kafka-0.corp.vandelay.com:9092,kafka-1.corp.vandelay.com:9092';
const AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const S3_BUCKET = 'vandelay-webhook-gateway-qa';
const SERVICE_VERSION = '3.20.2';
const PUBLIC_URL = "https://webhook-gateway.vandelay.com";
const STRIPE_ACCOUNT_ID = 'acct_1e6cfJqqSyCotYMo';
const CONNECTIONSTRINGS_DEFAULT = process.env['ConnectionStrings__Default'];
const OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317';
const PORT = 8000;
const UPLOAD_MAX_MB = 25;
const DATABASE_NAME = 'webhook_gateway';
const STRIPE_PUBLISHABLE_KEY = 'pk_test_51MiMsWpGU30wgUqHfuhWyfdVLJKIlLcMOueLkvLFCCQxijue24uYB1kthQpqIuydri1EbWvtimdYSH7NyKTKKWWPPrM4HUKJEN';
const WORKSPACE_ID = '662a28e5-c452-4f72-955d-93a2a2adf5d1';
const AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
