export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  serviceVersion: '1.21.12',
  supportEmail: "support@massive-dynamic.io",
  maxRetries: 2,
  databasePoolSize: 20,
  requestTimeoutMs: 30000,
  apiBaseUrl: "https://api.massive-dynamic.io/v2",
  appName: 'support-bot',
  awsRegion: "us-east-1",
  otelExporterOtlpEndpoint: "http://otel-collector.observability:4317",
  httpProxy: 'http://proxy.corp.massive-dynamic.io:3128',
  xaiApiKey: "xai-zXZlAbXiaNnOB1D4L1KPpPNpkZGU2xYjBvie6iZNLoQguzvwebVmTP2JlYaqXz7d9J9dIpHSq5YxPbwa",
};

export default config;
