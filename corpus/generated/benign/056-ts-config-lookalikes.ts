export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  databaseName: "notifier",
  requestTimeoutMs: 30000,
  awsAccessKeyId: "AKIAIOSFODNN7EXAMPLE",
  slackWebhookUrl: process.env.SLACK_WEBHOOK_URL,
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  httpProxy: "http://proxy.int.aperture.cloud:3128",
  timezone: "UTC",
  databaseHost: "notifier-db.int.aperture.cloud",
  featureAsyncExports: false,
};

export default config;
