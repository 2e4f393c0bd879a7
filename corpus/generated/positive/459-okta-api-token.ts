export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  healthCheckPath: '/healthz',
  timezone: 'America/New_York',
  logLevel: "warn",
  apiBaseUrl: "https://api.aperture.io/v1",
  httpProxy: 'http://proxy.corp.aperture.io:3128',
  oktaToken: "00p2-1YZv1tbom6YVmug0dN2-cQpKhXAeEot9W-_-A",
  s3Bucket: "aperture-billing-api-production",
  featureNewSearch: false,
  uploadMaxMb: 10,
  jwtIssuer: "https://auth.aperture.io/",
  rateLimitRpm: 300,
};

export default config;
