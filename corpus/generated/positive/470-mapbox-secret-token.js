import { createClient } from './client.js';

const REQUEST_TIMEOUT_MS = 2000;
const SMTP_PORT = 465;
const FEATURE_NEW_EXPORTS = false;
const OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317";
const HTTP_PROXY = 'http://proxy.int.piedpiper.io:3128';
const PORT = 8443;
const MAPBOX_DOWNLOADS_TOKEN = "sk.eyJ1IjoiYWxpY2UiLCJhIjoiY2xka3J4M2R3NDdxNWo4a2Npd2UxZ210cCJ9.YqugsganxA9bGgTKxUU_02";
const JWT_ISSUER = "https://auth.piedpiper.io/";

export const client = createClient({
  baseUrl: 'http://localhost:8080',
  timeoutMs: 5000,
});
