// Connecting a device to a sync folder. The first device creates the data key and the key file;
// every later one unlocks that file with the passphrase. A wrong passphrase writes nothing, here
// or on the server. With the recovery key a user who forgot the passphrase sets a new one.
import {
  createKeys,
  DEFAULT_KDF,
  MIN_PASSPHRASE_LENGTH,
  readKeyFile,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type KdfParams,
  type KeyError,
  type KeyFile,
} from './keys'
import { KEY_FILE } from './layout'
import type { SyncTransport } from './transport'

export type ConnectError = KeyError | 'passphraseTooShort' | 'keyChanged'

export type ConnectResult =
  | {
      ok: true
      /** True when this device created the key: show the recovery key now, once. */
      created: boolean
      keyId: string
      dataKey: Uint8Array
      recoveryKey?: string
    }
  | { ok: false; error: ConnectError }

export interface ConnectOptions {
  kdf?: KdfParams
  minKdfN?: number
}

const json = (kf: KeyFile) => new TextEncoder().encode(JSON.stringify(kf, null, 2) + '\n')

async function readKeys(t: SyncTransport) {
  const res = await t.read(KEY_FILE)
  return res ? readKeyFile(new TextDecoder().decode(res.bytes)) : null
}

/** Joins the folder's key, or creates one in an empty folder. */
export async function connect(
  t: SyncTransport,
  passphrase: string,
  opts: ConnectOptions = {},
): Promise<ConnectResult> {
  if ((await t.list('')) === null) await t.mkdir('')
  const existing = await readKeys(t)
  if (existing) {
    if (!existing.ok) return existing
    const r = await unlockWithPassphrase(existing.keyFile, passphrase, opts)
    return r.ok
      ? { ok: true, created: false, keyId: existing.keyFile.keyId, dataKey: r.dataKey }
      : r
  }
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH)
    return { ok: false, error: 'passphraseTooShort' }
  const keys = await createKeys(passphrase, opts.kdf ?? DEFAULT_KDF)
  await t.write(KEY_FILE, json(keys.keyFile))
  // Two devices set up at the same moment: the file written last is the folder's key.
  const back = await readKeys(t)
  if (!back?.ok) return { ok: false, error: 'keyChanged' }
  if (back.keyFile.keyId !== keys.keyFile.keyId) {
    const r = await unlockWithPassphrase(back.keyFile, passphrase, opts)
    return r.ok ? { ok: true, created: false, keyId: back.keyFile.keyId, dataKey: r.dataKey } : r
  }
  return {
    ok: true,
    created: true,
    keyId: keys.keyFile.keyId,
    dataKey: keys.dataKey,
    recoveryKey: keys.recoveryKey,
  }
}

/** Unlocks with the recovery key and sets a new passphrase on the folder's key file. */
export async function recover(
  t: SyncTransport,
  recoveryKey: string,
  newPassphrase: string,
  opts: ConnectOptions = {},
): Promise<ConnectResult> {
  const existing = await readKeys(t)
  if (!existing) return { ok: false, error: 'keyFileInvalid' }
  if (!existing.ok) return existing
  if ([...newPassphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH)
    return { ok: false, error: 'passphraseTooShort' }
  const r = await unlockWithRecoveryKey(existing.keyFile, recoveryKey)
  if (!r.ok) return r
  const kf = await rewrapPassphrase(
    existing.keyFile,
    r.dataKey,
    newPassphrase,
    opts.kdf ?? DEFAULT_KDF,
  )
  await t.write(KEY_FILE, json(kf))
  return { ok: true, created: false, keyId: kf.keyId, dataKey: r.dataKey }
}
