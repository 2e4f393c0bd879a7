'use strict';

// geo-lookup configuration
module.exports = {
  databaseUrl: "postgres://geo_lookup@db.corp.massive-dynamic.io:5432/geo_lookup",
  apiBaseUrl: "https://api.massive-dynamic.io/v3",
  databaseName: 'geo_lookup',
  rateLimitRpm: 300,
  queueName: "geo-lookup-jobs",
  appEnv: "staging",
  apiKey: 'op://Payments/geo-lookup/credential',
  dbPassword: "sm://projects/massive-dynamic-prod/secrets/db-password/versions/latest",
  pipIndexUrl: 'https://pypi.corp.massive-dynamic.io/simple/',
  dbDsn: 'change-me',
  supportEmail: "support@massive-dynamic.io",
  otelExporterOtlpEndpoint: "http://otel-collector.observability:4317",
  nextPublicStripeKey: "pk_live_kBtA5072FjCjCOJ6ZPJYs0r1",
};
