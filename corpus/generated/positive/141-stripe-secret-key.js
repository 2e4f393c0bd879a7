import { createClient } from './client.js';

const QUEUE_NAME = "auth-proxy-jobs";
const STRIPE_KEY = 'sk_live_NRBPA5zhhm29kd59WlS1t7LL';
const SMTP_HOST = 'smtp.hooli.co';
const SUPPORT_EMAIL = "support@hooli.co";
const DATABASE_HOST = 'auth-proxy-db.internal.hooli.co';
const KAFKA_BROKERS = "kafka-0.internal.hooli.co:9092,kafka-1.internal.hooli.co:9092";
const HTTP_PROXY = 'http://proxy.internal.hooli.co:3128';
const TLS_ENABLED = true;
const AWS_REGION = 'eu-central-1';
const OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317';
const SERVICE_VERSION = "3.15.1";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
