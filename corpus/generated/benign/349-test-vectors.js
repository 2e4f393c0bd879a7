import { strict as assert } from 'node:assert';
import { isValidToken } from '../src/token.js';

describe('token checksum', () => {
  it('rejects npm_... with a bad checksum', () => assert.equal(isValidToken('npm_6awuStZFZWaZ2WPbV7FtvWBIew7KHhLIcc1q'), false));
  it('rejects npm_... with a bad checksum', () => assert.equal(isValidToken('npm_pgn7lxgnpHNVnuQtl5AeEfBoNgFrYmbB2rCz'), false));
});

export const SHA256_VECTORS = {
  '': 'c670c90df82a4698f27b5bbd47438bcc8caeb9a13791aa269e03110e747e2fe8',
  '': 'd509b4fa36056b644745cc0957af999348816271292e0e9df3b8628b9f83a8f2',
  '': '0815e99707ec32f45d8dfce56021e7e4bac9ce86a7cf05fa46732940b3bed30d',
};
