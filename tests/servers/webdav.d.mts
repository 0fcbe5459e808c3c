// Types of webdav.mjs (plain JavaScript, so the benchmark can run it with node alone).
export interface Webdav {
  /** The server's base URL, with a trailing slash. */
  url: string
  port: number
  /** The served folder on disk. */
  dir: string
  user: string
  password: string
  stop(): Promise<void>
}
export const APACHE: string
export const DAV_USER: string
export const DAV_PASSWORD: string
export function startWebdav(): Promise<Webdav>
export function freePort(): Promise<number>
