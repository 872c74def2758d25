/**
 * Encryption at rest for confidential fields: AES-256-GCM from node:crypto.
 *
 * Every value is one self-describing string, `pe1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url
 * parts), so the key identifier travels with every value and a key rotation can tell which values
 * still use an old key. The caller passes associated data (the table, column and row id), which
 * GCM authenticates: a ciphertext copied into another row or column does not decrypt.
 *
 * Keys: the current key comes from configuration (PUENTE_DATA_KEY, base64 of 32 bytes) or else from
 * a key file in DATA_DIR, created with mode 0600 on first start. The key file also keeps retired
 * keys until a rotation has re-encrypted every value that used them. A key identifier is derived
 * from the key itself (first 12 hex digits of its SHA-256), so nothing secret is in the identifier
 * and the same key always has the same identifier.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

const PREFIX = 'pe1';
const IV_BYTES = 12; // NIST SP 800-38D: 96-bit IVs for GCM
const KEY_BYTES = 32;
export const KEY_FILE_NAME = 'puente-data.keys';

export class KeyError extends Error {}
/** Deliberately says nothing about the value: error messages must not carry confidential data. */
export class DecryptError extends Error {
  constructor(keyId: string) {
    super(`A confidential value could not be decrypted (key ${keyId}).`);
  }
}

export interface Keyring {
  currentKeyId: string;
  /** Encrypts with the current key. `aad` binds the value to where it is stored. */
  encrypt(plaintext: string, aad: string): string;
  decrypt(envelope: string, aad: string): string;
  keyIdOf(envelope: string): string;
  hasKey(keyId: string): boolean;
}

export function keyIdFor(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function parseKey(base64: string, what = 'PUENTE_DATA_KEY'): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new KeyError(`${what} must be the base64 of exactly 32 bytes (it decodes to ${key.length}).`);
  return key;
}

export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * A keyring over the given keys; the first is the current key (used to encrypt), the rest only
 * decrypt.
 * @example const ring = createKeyring([parseKey(config.dataKey)]); const v = ring.encrypt('text', 'table.column:id');
 */
export function createKeyring(keys: Buffer[]): Keyring {
  if (keys.length === 0) throw new KeyError('A keyring needs at least one key.');
  const byId = new Map<string, Buffer>();
  for (const key of keys) {
    if (key.length !== KEY_BYTES) throw new KeyError('Every data key must be 32 bytes.');
    byId.set(keyIdFor(key), key);
  }
  const currentKeyId = keyIdFor(keys[0]!);
  const currentKey = keys[0]!;

  function split(envelope: string): [string, Buffer, Buffer, Buffer] {
    const parts = envelope.split(':');
    if (parts.length !== 5 || parts[0] !== PREFIX) throw new DecryptError('unknown');
    const [, keyId, iv, tag, ct] = parts as [string, string, string, string, string];
    return [keyId, Buffer.from(iv, 'base64url'), Buffer.from(tag, 'base64url'), Buffer.from(ct, 'base64url')];
  }

  return {
    currentKeyId,
    encrypt(plaintext, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [PREFIX, currentKeyId, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join(':');
    },
    decrypt(envelope, aad) {
      const [keyId, iv, tag, ct] = split(envelope);
      const key = byId.get(keyId);
      if (!key || iv.length !== IV_BYTES || tag.length !== 16) throw new DecryptError(keyId);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
      } catch {
        throw new DecryptError(keyId);
      }
    },
    keyIdOf(envelope) {
      return split(envelope)[0];
    },
    hasKey(keyId) {
      return byId.has(keyId);
    },
  };
}

interface KeyFile {
  /** Base64 keys, newest first; the first is current when no key comes from configuration. */
  keys: string[];
}

export function readKeyFile(file: string): Buffer[] {
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  return parsed.keys.map((k) => parseKey(k, file));
}

/** Writes the key file atomically with owner-only permissions (0600). */
export function writeKeyFile(file: string, keys: Buffer[]): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify({ keys: keys.map((k) => k.toString('base64')) } satisfies KeyFile, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/**
 * Creates the key file with one new key if there is none. The key is written to a private temporary
 * file first and hard-linked into place, which fails if the file exists: two processes starting at
 * once agree on one key, and nobody reads a half-written file.
 */
function ensureKeyFile(file: string): Buffer[] {
  const existing = readKeyFile(file);
  if (existing.length > 0) return existing;
  const tmp = `${file}.${process.pid}.new`;
  writeKeyFile(tmp, [generateKey()]);
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(tmp);
  }
  return readKeyFile(file);
}

export interface KeySource {
  dataKey: string | undefined;
  dataDir: string;
}

/**
 * The keyring of this process: the configured key first (if any), then the key file's keys.
 * Without a configured key, the key file is created on first start.
 */
export function loadKeyring(source: KeySource): Keyring {
  const file = path.join(source.dataDir, KEY_FILE_NAME);
  if (source.dataKey) return createKeyring([parseKey(source.dataKey), ...readKeyFile(file)]);
  return createKeyring(ensureKeyFile(file));
}

/** Where a confidential value lives (`table.column:id`): the associated data of its envelope. */
export function aad(table: string, column: string, id: string): string {
  return `${table}.${column}:${id}`;
}

/** Encrypts a JSON value bound to its table, column and row. */
export function seal(ring: Keyring, table: string, column: string, id: string, value: unknown): string {
  return ring.encrypt(JSON.stringify(value), aad(table, column, id));
}

/** Decrypts what `seal` wrote for that table, column and row. */
export function unseal<T>(ring: Keyring, table: string, column: string, id: string, envelope: string): T {
  return JSON.parse(ring.decrypt(envelope, aad(table, column, id))) as T;
}
