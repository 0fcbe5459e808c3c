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
  // Added with service pack v2 (issue 17): official lookups the app points to (today's train fare,
  // designated institutions), publishers, hospitals and encyclopaedia mirrors its new sources cite.
  { host: 'www.12306.cn' },
  { host: 'fuwu.nhsa.gov.cn' },
  { host: 'politics.gmw.cn' },
  { host: 'www.shqp.gov.cn' },
  { host: 'archive.shine.cn' },
  { host: 'www.caixinglobal.com' },
  { host: 'www.fox8live.com' },
  { host: 'bnnbreaking.com' },
  { host: 'shvoice.com' },
  { host: 'hk.outputnews.com' },
  { host: 'www.hnr0573.com' },
  { host: 'www.railwaypro.com' },
  { host: 'www.chinatravel.com' },
  { host: 'eng.shgh.cn' },
  { host: 'www.shsmu.edu.cn' },
  { host: 'english.shca.org.cn' },
  { host: 'www.jsdyyy.com' },
  { host: 'www.hnkhhospital.com' },
  { host: 'en.wikipedia.org' },
  { host: 'en.wikipedia-on-ipfs.org' },
  { host: 'www.wikiwand.com' },
  { host: 'kampuspedia.com' },
  { host: 'zhwiki.oracleblog.org' },
  { host: 'sagapedia.com' },
  // Hosts of anyone's content or downloads: only the cited pages.
  {
    host: 'www.163.com',
    paths: [
      '/dy/article/KDPS3GS50514R9P4.html',
      '/dy/article/KDPPK9RD055040N3.html',
      '/dy/article/KKREKRIE0553MHUM.html',
    ],
  },
  { host: '163.com', paths: ['/dy/article/GQ1V7I75055061FK.html'] },
  {
    host: 'developers.weixin.qq.com',
    paths: ['/community/business/doc/00040eeff142b803c28856da05b00d'],
  },
  {
    host: 'cont.jd.com',
    paths: [
      '/mhospital/disease/15010075334_104992',
      '/mhospital/department/15010075226-7300043',
      '/mhospital/department/15010077294-7300237',
    ],
  },
  {
    host: 'github.com',
    paths: [
      '/modood/Administrative-divisions-of-China/blob/dc3a1d7acd85ca1b0979543e9259604142c52e8e/dist/areas.csv',
      '/modood/Administrative-divisions-of-China/blob/dc3a1d7acd85ca1b0979543e9259604142c52e8e/dist/streets.csv',
      '/yescallop/areacodes/blob/eed219a0678d36bacaa717f62443b10e869f0291/result.csv',
    ],
  },
  { host: 'taptechnews.com', paths: ['/5cd8a912a97711f9.html'] },
  {
    host: 'a5qu.com',
    paths: [
      '/the_world/some_high_speed_rail_tickets_are_already_higher_than_the_lowest_price_of_air_tickets_and_the_fares_of_4_high_speed_rail_lines_will_rise_next_month_82114.html',
    ],
  },
  { host: 'soolun.net', paths: ['/periodical/f80d00a834ec083e701a3355d0948cf9.html'] },
  {
    host: 'www.thetravelbrief.com',
    paths: ['/briefs/wuzhen-village-the-best-way-to-get-to-wuzhen-from-shanghai'],
  },
  { host: 'zixundingzhi.com', paths: ['/jianzhu/c3e70efd4695e9c7.html'] },
  {
    host: 'www.jendow.com.tw',
    paths: ['/wiki/%E5%98%89%E8%88%88%E5%B8%82%E7%AC%AC%E4%BA%8C%E9%86%AB%E9%99%A2'],
  },
  { host: 'pf.52huaiyunw.com', paths: ['/hospital/3705.html'] },
  {
    host: 'lexin001.com',
    paths: [
      '/search/tags/%E5%98%89%E5%85%B4%E5%B8%82%E5%A6%87%E5%B9%BC%E4%BF%9D%E5%81%A5%E9%99%A2/1',
    ],
  },
  {
    host: 'asiacity.news',
    paths: [
      '/orig/china-orig/shanhaj/%e9%95%bf%e4%b8%89%e8%a7%92%e5%9c%b0%e5%8c%ba%e6%8e%a8%e8%bf%9b%e5%8c%bb%e7%96%97%e5%81%a5%e5%ba%b7%e5%8d%8f%e5%90%8c%e5%8f%91%e5%b1%95',
    ],
  },
  { host: 'pbszb.com', paths: ['/gdjt/62581.html'] },
  { host: 'www.bxlgjt.cn', paths: ['/chuangyih/37615.html'] },
  { host: 'www.wedoany.com', paths: ['/shortnews/63869.html'] },
  { host: 'www.laitimes.com', paths: ['/en/article/629bv_6imx5.html'] },
  { host: 'juredian.net', paths: ['/uid15/tid2_39892.html'] },
  { host: 'i.xpaper.net', paths: ['/szishow/news/2671/16676/84458-1.shtml'] },
  { host: 'm.docduoduo.com', paths: ['/p-171898.html'] },
  { host: '129a.com', paths: ['/flrd/138.html'] },
  { host: 'probsee.com', paths: ['/p/shanghai_public_transport_card'] },
  { host: 'waihuizhishiwang.com', paths: ['/lvyouwenda/tyrafd34j0.html'] },
  // The 12306 e-invoice rule's source outside the pack (src/shared/bills/invoice.ts).
  {
    host: 'www.citynewsservice.cn',
    paths: ['/shine/c23db6e6-e448-486a-a611-0d4e61506ee1', '/service/employee/pz6l03n7b6korad5'],
  },
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
