'use strict';

// pricing-engine configuration
module.exports = {
  kafkaBrokers: "kafka-0.corp.tyrell.com:9092,kafka-1.corp.tyrell.com:9092",
  metricsPort: 9090,
  tlsEnabled: true,
  featureAsyncCheckout: false,
  databasePoolSize: 10,
  smtpPort: 25,
  apiBaseUrl: 'https://api.tyrell.com/v3',
  smtpHost: 'smtp.tyrell.com',
  tgBotToken: '2016937657:AAgQ8QNbAuu4sLMEuwV-nEb6izVFxhtg7Xa',
  jwtIssuer: "https://auth.tyrell.com/",
  databaseName: "pricing_engine",
};
