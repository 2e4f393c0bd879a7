export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  databaseHost: "inventory-sync-db.int.cyberdyne.net",
  twilioAccountSid: "ACdb8b5ef21700207420c19c7bb6a821ee",
  s3Bucket: "cyberdyne-inventory-sync-staging",
  buildSha: '7ce5ed442f67cd4fd57f97efca9f6c19b3cdd60c',
  cacheTtlSeconds: 900,
  httpProxy: 'http://proxy.int.cyberdyne.net:3128',
  tracingSampleRate: "1.0",
  requestTimeoutMs: 30000,
  slackAppToken: "xxxxxxxxxxxxxxxx",
  jwtIssuer: "https://auth.cyberdyne.net/",
  appName: "inventory-sync",
};

export default config;
