export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  healthCheckPath: "/healthz",
  storageConnection: 'DefaultEndpointsProtocol=https;AccountName=tyrelllogskz1;AccountKey=URKcbERLb6HcEgJ0eAtu2BYkphTIlJvDppLkxn5RsFahjVuRBKbZZVfWma/yZPLdDEgB3zrbXckXEAyN/8Jh3w==;EndpointSuffix=core.windows.net',
  s3Bucket: "vandelay-search-indexer-production",
  featureBetaBilling: false,
  maxRetries: 5,
};

export default config;
