// Synthetic hospital names for measuring the search at scale: made-up combinations of real
// place names and hospital kinds, never shown in the app. Deterministic (seeded).
import type { SearchDoc } from '../../../../src/shared/search'

const PLACES = [
  ['上海', 'Shanghai'],
  ['嘉兴', 'Jiaxing'],
  ['杭州', 'Hangzhou'],
  ['苏州', 'Suzhou'],
  ['宁波', 'Ningbo'],
  ['湖州', 'Huzhou'],
  ['绍兴', 'Shaoxing'],
  ['无锡', 'Wuxi'],
  ['南通', 'Nantong'],
  ['常州', 'Changzhou'],
] as const
const DISTRICTS = [
  ['浦东新区', 'Pudong'],
  ['徐汇区', 'Xuhui'],
  ['长宁区', 'Changning'],
  ['金山区', 'Jinshan'],
  ['青浦区', 'Qingpu'],
  ['南湖区', 'Nanhu'],
  ['秀洲区', 'Xiuzhou'],
  ['嘉善县', 'Jiashan'],
  ['平湖市', 'Pinghu'],
  ['海宁市', 'Haining'],
  ['桐乡市', 'Tongxiang'],
  ['海盐县', 'Haiyan'],
] as const
const KINDS = [
  ['第一医院', 'First Hospital'],
  ['第二医院', 'Second Hospital'],
  ['第一人民医院', 'First People’s Hospital'],
  ['中医医院', 'Hospital of TCM'],
  ['妇幼保健院', 'Maternity and Child Health Hospital'],
  ['儿童医院', 'Children’s Hospital'],
  ['肿瘤医院', 'Cancer Hospital'],
  ['口腔医院', 'Stomatological Hospital'],
  ['中西医结合医院', 'Integrated Medicine Hospital'],
  ['社区卫生服务中心', 'Community Health Centre'],
  ['骨科医院', 'Orthopaedic Hospital'],
  ['眼科医院', 'Eye Hospital'],
] as const
const PREFIXES = [
  '',
  '',
  '',
  '复旦大学附属',
  '同济大学附属',
  '浙江大学医学院附属',
  '上海交通大学医学院附属',
]

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 0x1_0000_0000
  }
}

export function generateHospitalDocs(count: number, seed = 7): SearchDoc[] {
  const rand = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i++) {
    const [place, placeEn] = pick(PLACES)
    const [district, districtEn] = pick(DISTRICTS)
    const [kind, kindEn] = pick(KINDS)
    const prefix = pick(PREFIXES)
    const branch = i % 3 === 0 ? `（${district}分院）` : ''
    const name = `${prefix}${place}市${kind}${branch}`
    const alias = `${place}${kind.replace('第', '').replace('医院', '院')}`
    docs.push({ id: `h-${i}`, names: [name, alias, `${placeEn} ${districtEn} ${kindEn} ${i}`] })
  }
  return docs
}
