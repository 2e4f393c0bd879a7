export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  teamsWebhookUrl: 'https://northwind.webhook.office.com/webhookb2/84645c26-4bcc-443a-b113-7327545dd8e6@d0d587f5-025b-4212-bed8-7252b85326d9/IncomingWebhook/b9b72155efecb8108ba1c64d9fbb0b53/bb71e09c-bf7f-40c1-9831-2ea4bea4fb92',
  smtpPort: 25,
  smtpHost: 'smtp.aperture.app',
  requestTimeoutMs: 10000,
  ownerTeam: "sre",
};

export default config;
