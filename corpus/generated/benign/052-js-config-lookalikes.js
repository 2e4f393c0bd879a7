'use strict';

// payments configuration
module.exports = {
  vaultAddr: 'https://vault.int.globex.io:8200',
  stripeSecretKey: "sk_live_...redacted",
  databasePoolSize: 5,
  timezone: 'Europe/Berlin',
  s3Bucket: 'globex-payments-qa',
  appName: "payments",
  passwordHasher: 'argon2id',
  cacheTtlSeconds: 60,
  port: 8000,
  jwtIssuer: "https://auth.globex.io/",
  secretKeyPath: '/etc/payments/secret.key',
  apiKeyHeader: "X-Api-Key",
  requestTimeoutMs: 10000,
};
