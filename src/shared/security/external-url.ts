// The only door from the app to the system browser. A pure function so it can be table-tested:
// https only, no credentials, default port, and an exact host on the allowlist below. The list is
// the sites the app links to, which are the https sources of the shipped service pack
// (resources/data/pack.json) and of the e-invoice rule (src/shared/bills/invoice.ts); source
// badges and details are the app's only links. A host that publishes
// other people's content or downloads (a self-media platform, a document-sharing site, a Q&A
// farm) is allowed only for the exact pages the pack cites. tests/unit/shared/security keeps the
// list and the shipped links in step both ways. A source on plain http, or on a host added by an
// imported pack, is not opened: its address is shown for the user to copy.

export interface AllowedSite {
  host: string
  /** Exact paths (URL.pathname) on a host that serves anyone's content; absent: the whole host. */
  paths?: readonly string[]
}

export const EXTERNAL_LINK_ALLOWLIST: readonly AllowedSite[] = [
  // Publishers: government, news, journals, encyclopaedia mirrors.
  { host: 'german.shanghai.gov.cn' },
  { host: 'en.jinshan.gov.cn' },
  { host: 'www.shine.cn' },
  { host: 'tidenews.com.cn' },
  { host: 'zjnews.zjol.com.cn' },
  { host: 'dzsm.com' },
  { host: 'chinaservicesinfo.com' },
  { host: 'china-news-online.com' },
  { host: 'newsflash.city' },
  { host: 'www.tftnews.com' },
  { host: 'www.yuhaojiang.com' },
  { host: 'www.lwxsd.com' },
  { host: 'bkwk.cn' },
  { host: 'www.trialsitenews.com' },
  { host: 'www.springermedizin.de' },
  { host: 'www.traveladventuregurus.com' },
  { host: 'msittig.blogspot.com' },
  { host: 'wapyyk.39.net' },
  { host: 'wikizero.com' },
  { host: 'zh.wikipedia-on-ipfs.org' },
  { host: 'encycloreader.org' },
  // Hosts of anyone's content or downloads: only the cited pages.
  {
    host: 'www.163.com',
    paths: ['/dy/article/KDPS3GS50514R9P4.html', '/dy/article/KDPPK9RD055040N3.html'],
  },
  {
    host: 'developers.weixin.qq.com',
    paths: ['/community/business/doc/00040eeff142b803c28856da05b00d'],
  },
  { host: 'cont.jd.com', paths: ['/mhospital/disease/15010075334_104992'] },
  { host: 'i.xpaper.net', paths: ['/szishow/news/2671/16676/84458-1.shtml'] },
  { host: 'm.docduoduo.com', paths: ['/p-171898.html'] },
  { host: '129a.com', paths: ['/flrd/138.html'] },
  { host: 'probsee.com', paths: ['/p/shanghai_public_transport_card'] },
  { host: 'waihuizhishiwang.com', paths: ['/lvyouwenda/tyrafd34j0.html'] },
  // The 12306 e-invoice rule's source outside the pack (src/shared/bills/invoice.ts).
  { host: 'www.citynewsservice.cn', paths: ['/shine/c23db6e6-e448-486a-a611-0d4e61506ee1'] },
]

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
  // The URL parser lower-cases the host and turns an IP or a trailing dot into something no
  // entry below equals; only an exact match opens.
  const site = EXTERNAL_LINK_ALLOWLIST.find((s) => s.host === url.hostname)
  if (!site) return false
  return site.paths === undefined || site.paths.includes(url.pathname)
}
