'use strict';

const jwt = require('jsonwebtoken');

const PRIVATE_KEY = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIKpv7Gz+NK4lr70P2C3IZAGiAY4f1aW85q4GGD4kyMf0oAoGCCqGSM49
AwEHoUQDQgAEMHO5PZbZE7FI3wRIlHTetyBwDHZWjNwiXJ4vCW9wJMBDJZO2jSkD
tQIWLO0cYIAvAMHBF3lvZ3T+oSPgwllfKA==
-----END EC PRIVATE KEY-----`;

module.exports.sign = (claims) => jwt.sign(claims, PRIVATE_KEY, { algorithm: 'RS256' });
