export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  postmarkServerToken: 'c30c8343-78e2-4374-afa5-6ab483a38901',
  sentryEnvironment: "staging",
  rateLimitRpm: 1200,
  smtpPort: 465,
  ownerTeam: "identity",
};

export default config;
