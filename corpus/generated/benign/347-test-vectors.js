import { strict as assert } from 'node:assert';
import { isValidToken } from '../src/token.js';

describe('token checksum', () => {
  it('rejects ghp_... with a bad checksum', () => assert.equal(isValidToken('ghp_Uyqjrh2fnxCuMa6XDaOGzNylozXkMkmOo5xa'), false));
  it('rejects ghp_... with a bad checksum', () => assert.equal(isValidToken('ghp_YvAf8XTK8OrSnf0GoNwlEgkgaWwVfiHpFXBr'), false));
});

export const SHA256_VECTORS = {
  'hello world': '64b9a6cf284e6b645639d5498d4758141f44bb4ece923c4fb8d4f4105eff4f2c',
  'The quick brown fox': '98dc828933d33d188907a0478661c5f7d1e07392d504b0d171f7fb23a3b0cd5b',
  '': '1841a19dc513b3d07954f5a5b13e3ef06c6e2d1190ab9a33b011059b905a6999',
};
