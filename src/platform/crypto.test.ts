import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyring, DecryptError, generateKey, KEY_FILE_NAME, keyIdFor, KeyError, loadKeyring, parseKey, readKeyFile } from './crypto.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'puente-crypto-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('AES-256-GCM envelopes', () => {
  const ring = createKeyring([generateKey()]);

  it('round-trips text and stores the key id with the value', () => {
    const secret = 'Me quitaron el pasaporte en la finca — deuda de 40 000 pesos';
    const envelope = ring.encrypt(secret, 'protection_assessments.answers:1');
    expect(envelope).not.toContain('pasaporte');
    expect(envelope.startsWith(`pe1:${ring.currentKeyId}:`)).toBe(true);
    expect(ring.keyIdOf(envelope)).toBe(ring.currentKeyId);
    expect(ring.decrypt(envelope, 'protection_assessments.answers:1')).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    expect(ring.encrypt('same', 'a')).not.toBe(ring.encrypt('same', 'a'));
  });

  it('refuses a value moved to another row (associated data) or altered, without showing it', () => {
    const envelope = ring.encrypt('account of the survivor', 'row:1');
    expect(() => ring.decrypt(envelope, 'row:2')).toThrow(DecryptError);
    const parts = envelope.split(':');
    const ct = Buffer.from(parts[4]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    parts[4] = ct.toString('base64url');
    try {
      ring.decrypt(parts.join(':'), 'row:1');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DecryptError);
      expect(String(err)).not.toContain('survivor');
    }
  });

  it('decrypts with a retired key and encrypts with the current one', () => {
    const oldKey = generateKey();
    const old = createKeyring([oldKey]);
    const envelope = old.encrypt('value', 'x');
    const rotated = createKeyring([generateKey(), oldKey]);
    expect(rotated.decrypt(envelope, 'x')).toBe('value');
    expect(rotated.keyIdOf(rotated.encrypt('value', 'x'))).toBe(rotated.currentKeyId);
    expect(rotated.currentKeyId).not.toBe(keyIdFor(oldKey));
    expect(() => createKeyring([generateKey()]).decrypt(envelope, 'x')).toThrow(DecryptError);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => parseKey(Buffer.alloc(16).toString('base64'))).toThrow(KeyError);
    expect(parseKey(Buffer.alloc(32, 7).toString('base64'))).toHaveLength(32);
  });
});

describe('the key file', () => {
  it('is created with mode 0600 on first start and reused afterwards', () => {
    const dir = tempDir();
    const first = loadKeyring({ dataKey: undefined, dataDir: dir });
    const file = path.join(dir, KEY_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadKeyring({ dataKey: undefined, dataDir: dir });
    expect(second.currentKeyId).toBe(first.currentKeyId);
    expect(readKeyFile(file)).toHaveLength(1);
  });

  it('puts a configured key first and keeps the file keys for decryption', () => {
    const dir = tempDir();
    const fromFile = loadKeyring({ dataKey: undefined, dataDir: dir });
    const envelope = fromFile.encrypt('v', 'aad');
    const configured = generateKey();
    const ring = loadKeyring({ dataKey: configured.toString('base64'), dataDir: dir });
    expect(ring.currentKeyId).toBe(keyIdFor(configured));
    expect(ring.decrypt(envelope, 'aad')).toBe('v');
  });
});
