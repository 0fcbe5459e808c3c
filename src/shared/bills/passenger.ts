// Which passenger of a 12306 mail is the user. The choice is remembered on this device as a hash
// of the name (a device setting, left out of backups), so no passenger's name — the user's or
// anyone else's — is stored or exported.
const PREFIX = 'hujia-commute/12306-passenger\u0000'

export async function passengerHash(name: string): Promise<string> {
  const bytes = new TextEncoder().encode(PREFIX + name.normalize('NFKC').trim())
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The passenger to import by default: the one remembered; with none remembered, the only one.
 * Otherwise null — no ticket is imported until the user says (a mail without the remembered
 * passenger holds someone else's tickets).
 */
export async function defaultPassenger(
  passengers: readonly string[],
  remembered: string | null,
): Promise<string | null> {
  if (remembered === null) return passengers.length === 1 ? passengers[0]! : null
  for (const p of passengers) if ((await passengerHash(p)) === remembered) return p
  return null
}
