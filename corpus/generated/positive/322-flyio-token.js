'use strict';

// catalog configuration
module.exports = {
  ownerTeam: "payments",
  otelExporterOtlpEndpoint: 'http://otel-collector.observability:4317',
  defaultLocale: 'fr-FR',
  healthCheckPath: '/healthz',
  flyApiToken: "FlyV1 fm2_DUEBcJk5/HQn4uP30uPd+uKmgjRXCxOJIjqDWmIfFaIua2II+zFmai5Vo37SiN2yzVUHBVlcpfmL3T2s6SssI8DRYlFymK9Hu4PMctA4dCB59g0VYi/f5ogZb6KrkH065htSl57sWn1dzV5aBp7daAVjDovnpPR2elCh2gQTgxgcEc33PCOVQDjmKu0+82ZuNd7fyg+6fAh+f7bnOgEsEVwSJVW8/d9Inb/lKfck7u7cV6Cx5RXrevV5YY2iEs13t3cFzE+yw4yXQlft",
  apiBaseUrl: "https://api.tyrell.com/v1",
};
