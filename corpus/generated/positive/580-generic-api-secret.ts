export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  defaultLocale: "en-US",
  webhookSigningSecret: 'bzTFabwOV390CYTm7HS4p769NPCbIaF8n5hCM7oiPh',
  appName: 'notifier',
  databaseName: "notifier",
  allowedOrigins: 'https://app.wonka.co',
};

export default config;
