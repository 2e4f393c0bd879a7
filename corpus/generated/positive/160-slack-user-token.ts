export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  smtpHost: "smtp.umbrella.io",
  httpProxy: "http://proxy.int.umbrella.io:3128",
  apiBaseUrl: "https://api.umbrella.io/v1",
  jwtIssuer: "https://auth.umbrella.io/",
  s3Bucket: "umbrella-user-profile-preprod",
  redisUrl: "redis://cache.int.umbrella.io:6379/3",
  appName: 'user-profile',
  workerConcurrency: 4,
  slackUserToken: 'xoxp-8979731477-529676844920-8316528371244-b79b8c063c78ebdbd2fd753892ee2e3d',
  ownerTeam: 'integrations',
  awsRegion: "us-east-1",
  sentryEnvironment: 'preprod',
};

export default config;
