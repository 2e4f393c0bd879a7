'use strict';

// search-indexer configuration
module.exports = {
  serviceVersion: "2.19.0",
  metricsPort: 9090,
  tracingSampleRate: '0.1',
  appName: 'search-indexer',
  healthCheckPath: '/healthz',
  appEnv: 'qa',
  rateLimitRpm: 1200,
  databasePoolSize: 25,
  workerConcurrency: 8,
  razorpayKeyId: 'rzp_live_RFOId1qWopuf2X',
  razorpayKeySecret: 'LcYyy3lvz6fjXEtdohS4REwT',
  kafkaBrokers: "kafka-0.internal.massive-dynamic.cloud:9092,kafka-1.internal.massive-dynamic.cloud:9092",
};
