export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  tfApiToken: ".atlasv1.EXAMPLE",
  appName: "media-transcoder",
  workerConcurrency: 16,
  appEnv: 'qa',
  requestTimeoutMs: 30000,
  allowedOrigins: "https://app.massive-dynamic.cloud",
  featureFlagsEtag: "W/\"0e6d4283c65961944b35af817d295399\"",
  githubToken: 'ghp_************************************',
  sentryEnvironment: "qa",
};

export default config;
