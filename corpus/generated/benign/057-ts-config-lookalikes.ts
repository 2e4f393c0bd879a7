export interface AppConfig {
  [key: string]: string | number | boolean | undefined;
}

export const config: AppConfig = {
  tracingSampleRate: "0.1",
  httpProxy: "http://proxy.internal.globex.co:3128",
  healthCheckPath: "/healthz",
  rateLimitRpm: 600,
  metricsPort: 9090,
  checksum: "0dab8afce2e7901d3fbb714bd32f8faf8089d3817b259019bb23f2d5b3a70142",
  buildSha: "35d2aae6990c52165d5ba9c72226ab317158c393",
  revokedTokenFixture: 'ghs_1EYPZW8p9MOGBLQpTu9EIuL0gNUkLbII37II',
  githubToken: 'ref+vault://secret/ci#/github_token',
  jwtIssuer: 'https://auth.globex.co/',
};

export default config;
