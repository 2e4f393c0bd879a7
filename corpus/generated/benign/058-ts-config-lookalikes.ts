export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  smtpPassword: process.env.SMTP_PASSWORD,
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsRegion: 'eu-central-1',
  logLevel: 'info',
  smtpPort: 465,
  paginationDefaultLimit: 50,
  maxRetries: 3,
};

export default config;
