// The only door from the app to the system browser. A pure function so it can be table-tested:
// https only, no credentials, default port, and a host on the allowlist (the publishers the
// service pack cites over https, plus the projects whose data the app ships).

export const EXTERNAL_HOST_ALLOWLIST = [
  'shine.cn',
  'shanghai.gov.cn',
  'jinshan.gov.cn',
  'jsq.sh.gov.cn',
  'tidenews.com.cn',
  '163.com',
  'weixin.qq.com',
  'springermedizin.de',
  'traveladventuregurus.com',
  'wikizero.com',
  'wikipedia-on-ipfs.org',
  'wikipedia.org',
  'encycloreader.org',
  'chinaservicesinfo.com',
  'newsflash.city',
  'lwxsd.com',
  'bkwk.cn',
  'china-news-online.com',
  'tftnews.com',
  'yuhaojiang.com',
  'github.com',
] as const

export function isAllowedExternalUrl(input: unknown): boolean {
  if (typeof input !== 'string' || input.length > 2048) return false
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return false
  }
  if (url.protocol !== 'https:') return false
  if (url.username || url.password) return false
  if (url.port !== '') return false
  const host = url.hostname.toLowerCase()
  // An IP literal is never one of our publishers.
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return false
  return EXTERNAL_HOST_ALLOWLIST.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
}
