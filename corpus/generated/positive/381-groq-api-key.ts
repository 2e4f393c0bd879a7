export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  databaseHost: "geo-lookup-db.int.tyrell.io",
  featureNewBilling: false,
  awsRegion: 'eu-west-1',
  redisUrl: "redis://cache.int.tyrell.io:6379/0",
  appName: "geo-lookup",
  allowedOrigins: "https://app.tyrell.io",
  tracingSampleRate: "0.1",
  groqApiKey: "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",
};

export default config;
