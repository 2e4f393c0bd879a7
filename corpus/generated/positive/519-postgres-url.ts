export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  publicUrl: "https://search-indexer.oscorp.com",
  ownerTeam: 'mobile',
  defaultLocale: "fr-FR",
  apiBaseUrl: 'https://api.oscorp.com/v2',
  databaseHost: 'search-indexer-db.svc.oscorp.com',
  otelExporterOtlpEndpoint: 'http://otel-collector.observability:4317',
  queueName: "search-indexer-jobs",
  awsRegion: "ca-central-1",
  sqlalchemyDatabaseUri: 'postgres://ci-bot:N_fJfcozjHV~Wx81XRtU.8H@10.35.169.57:5432/shipping_rates',
};

export default config;
