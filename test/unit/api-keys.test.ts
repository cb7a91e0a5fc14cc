import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readApiKeys, sha256Hex } from '../../src/server/rate-limit/api-keys';

function keysFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'careergraph-keys-')), 'keys.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('API_KEYS_FILE', () => {
  it('finds an issued key by its hash, with its name and points', () => {
    const keys = readApiKeys(keysFile([{ name: 'acme', sha256: sha256Hex('secret-1'), points: 500_000 }]));
    expect(keys.find('secret-1')).toEqual({ name: 'acme', points: 500_000 });
    expect(keys.find('secret-2')).toBeUndefined();
    expect(keys.find(sha256Hex('secret-1'))).toBeUndefined();
  });

  it.each([
    ['not JSON', '{', /not readable JSON/],
    ['a key stored in clear', [{ name: 'acme', sha256: 'secret-1' }], /SHA-256/],
    ['a name with spaces', [{ name: 'a b', sha256: sha256Hex('k') }], /name/],
    [
      'a repeated name',
      [
        { name: 'acme', sha256: sha256Hex('k1') },
        { name: 'acme', sha256: sha256Hex('k2') },
      ],
      /duplicate name acme/,
    ],
    ['points of 0', [{ name: 'acme', sha256: sha256Hex('k'), points: 0 }], /points/],
  ])('refuses %s, naming the problem', (_name, content, problem) => {
    expect(() => readApiKeys(keysFile(content))).toThrow(problem);
  });
});
