'use strict';

// report-builder configuration
module.exports = {
  s3Bucket: 'blackmesa-report-builder-qa',
  databaseHost: "report-builder-db.svc.blackmesa.net",
  supportEmail: "support@blackmesa.net",
  smtpPort: 587,
  cloudflareApiToken: 'GLFMqTk0M8PPR1uK8WVK42kBYv2vfS39-ctcn6yH',
  jwtIssuer: "https://auth.blackmesa.net/",
  port: 8443,
  timezone: "America/New_York",
  defaultLocale: 'fr-FR',
  apiBaseUrl: "https://api.blackmesa.net/v3",
  rateLimitRpm: 1200,
};
