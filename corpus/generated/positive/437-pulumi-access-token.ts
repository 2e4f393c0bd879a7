export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  kafkaBrokers: 'kafka-0.int.initech.net:9092,kafka-1.int.initech.net:9092',
  awsRegion: "eu-west-1",
  cacheTtlSeconds: 900,
  pulumiAccessToken: "pul-016677bd82510e9810348842427fae2711ea3691",
  paginationDefaultLimit: 50,
  allowedOrigins: "https://app.initech.net",
  healthCheckPath: '/healthz',
  logLevel: "warn",
  metricsPort: 9090,
  supportEmail: 'support@initech.net',
  ownerTeam: "integrations",
};

export default config;
