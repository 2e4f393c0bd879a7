export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  smtpHost: 'smtp.tyrell.com',
  ownerTeam: 'sre',
  shippoApiToken: "shippo_live_77dc166fd2c905c6eeb2a230b6ab15f4199f191e",
  databaseHost: "auth-proxy-db.int.tyrell.com",
  apiBaseUrl: 'https://api.tyrell.com/v3',
  tlsEnabled: true,
  cacheTtlSeconds: 300,
  metricsPort: 9090,
};

export default config;
