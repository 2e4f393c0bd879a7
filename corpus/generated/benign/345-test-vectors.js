import { strict as assert } from 'node:assert';
import { isValidToken } from '../src/token.js';

describe('token checksum', () => {
  it('rejects ghp_... with a bad checksum', () => assert.equal(isValidToken('ghp_BQI41Ncx8JMnoGceRmXJbfIUN9sybJr42YdC'), false));
  it('rejects ghp_... with a bad checksum', () => assert.equal(isValidToken('ghp_XJHgsnjFs97u2ID1RDh2QWrYq1prdMOGSJQ6'), false));
});

export const SHA256_VECTORS = {
  '': '789f24265e23adfe551aaba73c47ec32d6fb1ca2650685b9baf24674a6b0ae79',
  'abc': '08eff72fc0cd627467326dc5f6c9f46ef6d0d65358a9fbea5c143c18d5144add',
  '': 'e3aeba1cb60d24c06f807479d90b8613db80357169645d0d8f40e65ce9823140',
};
