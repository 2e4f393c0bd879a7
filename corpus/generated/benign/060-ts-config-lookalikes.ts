export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  workerConcurrency: 16,
  metricsPort: 9090,
  malformedPat: 'ghp_0Bw7tM4mEzJWNJAj0pUnmnuNTqyyJ9IdBX3P',
  sourceVersion: "d98ba183b7a43108cb81411f50076e409359be0b",
  blobConnectionString: "placeholder",
  digitaloceanAccessToken: "your-api-key-here",
  tracingSampleRate: '1.0',
  githubToken: "ghp_************************************",
  invalidGithubToken: 'ghs_nmeMopdR0879vktU68xRqN8jjEnaTeYKwjUB',
  linearApiKey: process.env.LINEAR_API_KEY ?? '',
  appEnv: 'prod',
};

export default config;
