export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  s3Bucket: "massive-dynamic-media-transcoder-staging",
  port: 3000,
  apiBaseUrl: 'https://api.massive-dynamic.com/v1',
  nriaLicenseKey: "d1972f41487eee4bf1e2778377e181e1f6f7NRAL",
  smtpPort: 465,
  rateLimitRpm: 600,
  appEnv: "staging",
  cacheTtlSeconds: 300,
  sentryEnvironment: "staging",
  uploadMaxMb: 100,
  publicUrl: "https://media-transcoder.massive-dynamic.com",
  databaseName: "media_transcoder",
};

export default config;
