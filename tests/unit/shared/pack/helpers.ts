import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { packChecksum, type Pack } from '@shared/pack'

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${ROOT}${relativePath}`, 'utf8'))
}

export function shippedPack(): Pack {
  return readJson('resources/data/pack.json') as Pack
}

/** A copy of the shipped pack changed by `edit` and re-signed, so only the edit is wrong. */
export async function editedPack(edit: (p: Pack) => void): Promise<Pack> {
  const pack = structuredClone(shippedPack())
  edit(pack)
  pack.sha256 = await packChecksum(pack)
  return pack
}
