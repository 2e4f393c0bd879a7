export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  cacheTtlSeconds: 60,
  databaseName: 'search_indexer',
  jwtIssuer: "https://auth.wonka.io/",
  algoliaAdminApiKey: "669478280acc0158345b0127eb3ac59d",
  sentryEnvironment: 'staging',
  paginationDefaultLimit: 50,
  featureNewSearch: true,
  port: 8080,
  publicUrl: 'https://search-indexer.wonka.io',
  appName: 'search-indexer',
  metricsPort: 9090,
  rateLimitRpm: 300,
};

export default config;
