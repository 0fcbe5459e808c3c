// The sync folder's key file. Everything a device uploads is encrypted with one random AES-256-GCM
// data key; the key file holds that key twice, wrapped (AES-GCM) by a key derived from the user's
// passphrase and by one derived from the recovery key shown once at setup. The file holds no
// plaintext: salts, the KDF's parameters and the two wrapped copies.
//
// The passphrase KDF is scrypt (@noble/hashes: audited, no dependencies, the same code in the
// desktop app and the browser, no WebAssembly for the page's CSP to allow). scrypt is memory-hard,
// so a stolen key file costs an attacker 128 MiB per guess; WebCrypto's PBKDF2 would be native
// and quicker for us, but GPUs run it in parallel cheaply. N = 2^17, r = 8, p = 1 is OWASP's
// scrypt setting (about half a second on the 2-core build machine). The recovery key is 160 random
// bits, so HKDF is enough for it.
import { scryptAsync } from '@noble/hashes/scrypt.js'
import { z } from 'zod'
import { fromBase64, own, toBase64, utf8 } from './bytes'

export const KEY_FILE_FORMAT = 1

export interface KdfParams {
  N: number
  r: number
  p: number
}

/** The production work factor. Tests pass a cheaper one; unlocking uses whatever the file says. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 }
/** A file asking for less than this is refused: nobody may downgrade the KDF under the user. */
const MIN_KDF_N_PRODUCTION = 2 ** 14
/** A file asking for more than this (1 GiB of memory) is refused as hostile. */
const MAX_KDF_N = 2 ** 20

const b64 = z
  .string()
  .max(200)
  .refine((s) => fromBase64(s) !== null, 'base64')
const wrapped = z.object({ iv: b64, data: b64 })

export const keyFileSchema = z.strictObject({
  app: z.literal('hujia-commute'),
  kind: z.literal('sync-keys'),
  format: z.number().int(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int().min(2).max(MAX_KDF_N),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64,
  }),
  passphrase: wrapped,
  recovery: z.strictObject({ salt: b64, iv: b64, data: b64 }),
})
export type KeyFile = z.infer<typeof keyFileSchema>

export const MIN_PASSPHRASE_LENGTH = 8

/** What went wrong opening a key file; each is a message key in the sync namespace. */
export type KeyError = 'wrongPassphrase' | 'wrongRecoveryKey' | 'keyFileInvalid' | 'keyFileNewer'

export type UnlockResult = { ok: true; dataKey: Uint8Array } | { ok: false; error: KeyError }

/** WebCrypto's key type, named so that it compiles with Node's types and the DOM's alike. */
export type DataKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n))
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

async function aesKey(raw: Uint8Array, usage: ('encrypt' | 'decrypt')[]): Promise<DataKey> {
  return crypto.subtle.importKey('raw', own(raw), 'AES-GCM', false, usage)
}

async function passphraseKek(passphrase: string, salt: Uint8Array, kdf: KdfParams) {
  // NFC, so the same passphrase typed with another input method gives the same key.
  const bytes = await scryptAsync(passphrase.normalize('NFC'), salt, { ...kdf, dkLen: 32 })
  return aesKey(bytes, ['encrypt', 'decrypt'])
}

async function recoveryKek(recovery: Uint8Array, salt: Uint8Array) {
  const base = await crypto.subtle.importKey('raw', own(recovery), 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: own(salt), info: own(utf8('hujia-sync recovery')) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

async function wrap(kek: DataKey, dataKey: Uint8Array, keyId: string) {
  const iv = random(12)
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: own(utf8(`hujia-sync key ${keyId}`)) },
    kek,
    own(dataKey),
  )
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) }
}

async function unwrap(kek: DataKey, w: { iv: string; data: string }, keyId: string) {
  try {
    const raw = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: own(fromBase64(w.iv)!),
        additionalData: own(utf8(`hujia-sync key ${keyId}`)),
      },
      kek,
      own(fromBase64(w.data)!),
    )
    return raw.byteLength === 32 ? new Uint8Array(raw) : null
  } catch {
    return null
  }
}

// Crockford's base32: no I, L, O or U, so a key read aloud or retyped is hard to get wrong.
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function toBase32(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const b of bytes) {
    value = (value << 8) | b
    bits += 8
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31]
  return out
}

/** The recovery key as typed or pasted (any case, spaces or dashes), or null if it is not one. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (clean.length !== 32 || [...clean].some((c) => !B32.includes(c))) return null
  const out = new Uint8Array(20)
  let bits = 0
  let value = 0
  let at = 0
  for (const c of clean) {
    value = (value << 5) | B32.indexOf(c)
    bits += 5
    if (bits >= 8) {
      out[at++] = (value >>> (bits - 8)) & 255
      bits -= 8
    }
  }
  return out
}

/** 160 random bits as eight groups of four characters: `7K2M-...`. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  return toBase32(bytes).match(/.{4}/g)!.join('-')
}

export interface NewKeys {
  keyFile: KeyFile
  dataKey: Uint8Array
  /** Shown to the user once, never stored. */
  recoveryKey: string
}

/** A new data key, wrapped by the passphrase and by a new recovery key. */
export async function createKeys(
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<NewKeys> {
  const dataKey = random(32)
  const keyId = hex(random(8))
  const salt = random(16)
  const recovery = random(20)
  const recoverySalt = random(16)
  const keyFile: KeyFile = {
    app: 'hujia-commute',
    kind: 'sync-keys',
    format: KEY_FILE_FORMAT,
    keyId,
    kdf: { name: 'scrypt', ...kdf, salt: toBase64(salt) },
    passphrase: await wrap(await passphraseKek(passphrase, salt, kdf), dataKey, keyId),
    recovery: {
      salt: toBase64(recoverySalt),
      ...(await wrap(await recoveryKek(recovery, recoverySalt), dataKey, keyId)),
    },
  }
  return { keyFile, dataKey, recoveryKey: formatRecoveryKey(recovery) }
}

/** Reads a key file's text; a file from a newer app or not ours is refused. */
export function readKeyFile(
  text: string,
): { ok: true; keyFile: KeyFile } | { ok: false; error: KeyError } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, error: 'keyFileInvalid' }
  }
  const format = (raw as { format?: unknown } | null)?.format
  if (typeof format === 'number' && format > KEY_FILE_FORMAT)
    return { ok: false, error: 'keyFileNewer' }
  const r = keyFileSchema.safeParse(raw)
  if (!r.success || r.data.format !== KEY_FILE_FORMAT) return { ok: false, error: 'keyFileInvalid' }
  return { ok: true, keyFile: r.data }
}

export interface UnlockOptions {
  /** Tests write cheap key files; the app refuses them so nobody can weaken the KDF. */
  minKdfN?: number
}

export async function unlockWithPassphrase(
  keyFile: KeyFile,
  passphrase: string,
  opts: UnlockOptions = {},
): Promise<UnlockResult> {
  if (keyFile.kdf.N < (opts.minKdfN ?? MIN_KDF_N_PRODUCTION))
    return { ok: false, error: 'keyFileInvalid' }
  const kek = await passphraseKek(passphrase, fromBase64(keyFile.kdf.salt)!, keyFile.kdf)
  const dataKey = await unwrap(kek, keyFile.passphrase, keyFile.keyId)
  return dataKey ? { ok: true, dataKey } : { ok: false, error: 'wrongPassphrase' }
}

export async function unlockWithRecoveryKey(
  keyFile: KeyFile,
  recoveryKey: string,
): Promise<UnlockResult> {
  const recovery = parseRecoveryKey(recoveryKey)
  if (!recovery) return { ok: false, error: 'wrongRecoveryKey' }
  const kek = await recoveryKek(recovery, fromBase64(keyFile.recovery.salt)!)
  const dataKey = await unwrap(kek, keyFile.recovery, keyFile.keyId)
  return dataKey ? { ok: true, dataKey } : { ok: false, error: 'wrongRecoveryKey' }
}

/** The same data key under a new passphrase (after unlocking with the recovery key). */
export async function rewrapPassphrase(
  keyFile: KeyFile,
  dataKey: Uint8Array,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<KeyFile> {
  const salt = random(16)
  return {
    ...keyFile,
    kdf: { name: 'scrypt', ...kdf, salt: toBase64(salt) },
    passphrase: await wrap(await passphraseKek(passphrase, salt, kdf), dataKey, keyFile.keyId),
  }
}

/** The data key as a WebCrypto key for sealing and opening frames. */
export const dataCryptoKey = (dataKey: Uint8Array): Promise<DataKey> =>
  aesKey(dataKey, ['encrypt', 'decrypt'])
