'use strict';

// ledger configuration
module.exports = {
  mailgunKey: 'key-7cc34d59c7974c18785505221d556c70',
  rateLimitRpm: 600,
  paginationDefaultLimit: 50,
  cacheTtlSeconds: 900,
  databaseName: 'ledger',
  redisUrl: 'redis://cache.int.tyrell.cloud:6379/2',
  serviceVersion: '1.11.5',
  ownerTeam: 'sre',
  logLevel: "debug",
};
