export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  ageSecretKey: "AGE-SECRET-KEY-1W0ZTQ930NWMDYJUZE5G4TGX5GWTSJM44K50V2HJUH2CQV67P2XESM2L4DJ",
  queueName: 'ml-scoring-jobs',
  apiBaseUrl: "https://api.umbrella.co/v1",
  supportEmail: 'support@umbrella.co',
  rateLimitRpm: 600,
  cacheTtlSeconds: 60,
};

export default config;
