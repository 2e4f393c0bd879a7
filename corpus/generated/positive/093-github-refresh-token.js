'use strict';

// crm-sync configuration
module.exports = {
  supportEmail: 'support@tyrell.io',
  otelExporterOtlpEndpoint: 'http://otel-collector.observability:4317',
  queueName: 'crm-sync-jobs',
  paginationDefaultLimit: 50,
  databaseHost: "crm-sync-db.corp.tyrell.io",
  githubRefreshToken: "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",
};
