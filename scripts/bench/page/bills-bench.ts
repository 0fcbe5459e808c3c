// The bill import as the dialog runs it (features/trips/bill-import-dialog.tsx): read an Alipay
// bill, sort its rows into rides, preview them against the log and commit, into an empty log.
import { commitBill, packNames, previewBill } from '@renderer/db/bills'
import { db } from '@renderer/db/db'
import { sortRows } from '@shared/bills/legs'
import { readBill } from '@shared/bills/read'
import { tomorrow } from '@shared/calendar/dates'

let bill: { name: string; bytes: Uint8Array } | null = null

const HEADER =
  '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,'
const STOPS = [
  '莘庄',
  '人民广场',
  '徐家汇',
  '上海虹桥',
  '陆家嘴',
  '静安寺',
  '虹桥火车站',
  '中山公园',
]

/** A bill of `count` rows over `from`…`to` in Alipay's layout: 7 in 10 rides, the rest other. */
function prepareBill(count: number, from: string, to: string): number {
  const start = new Date(`${from}T00:00:00`).getTime()
  const span = new Date(`${to}T00:00:00`).getTime() - start
  const pad = (n: number): string => String(n).padStart(2, '0')
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.floor((span * i) / count) + (i % 50) * 60_000)
    const when = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:00`
    const order = `2024${String(i).padStart(12, '0')}\t`
    const k = i % 10
    const a = STOPS[i % STOPS.length]!
    const b = STOPS[(i + 3) % STOPS.length]!
    const row =
      k < 6
        ? [
            '交通出行',
            '上海公共交通卡股份有限公司',
            '',
            `上海地铁-${a}-${b}`,
            '支出',
            `${4 + (i % 3)}.00`,
          ]
        : k === 6
          ? [
              '交通出行',
              '中国铁路网络有限公司',
              '',
              `火车票 G75${pad(i % 90)} 上海虹桥-嘉兴南`,
              '支出',
              '31.50',
            ]
          : k === 7
            ? ['餐饮美食', '沪上小馆', '', '午餐', '支出', '25.00']
            : k === 8
              ? ['转账红包', '李四', '', '转账', '收入', '100.00']
              : ['日用百货', '便利店', '', '饮料', '支出', '6.50']
    lines.push([when, ...row, '余额宝', '交易成功', order, `M${i}\t`, ''].join(',') + ',')
  }
  const text = [
    '导出信息：',
    `共${count}笔记录`,
    '------------------------支付宝支付科技有限公司  电子客户回单------------------------',
    HEADER,
    ...lines,
  ].join('\r\n')
  bill = { name: 'alipay_record_bench.csv', bytes: new TextEncoder().encode('\uFEFF' + text) }
  return bill.bytes.length
}

async function billImportOnce(): Promise<{ ms: number; written: number; rows: number }> {
  if (!bill) throw new Error('prepareBill first')
  await db.trips.clear()
  const t0 = performance.now()
  const read = await readBill(bill.name, bill.bytes, { tomorrow: tomorrow() })
  if (read.kind !== 'file') throw new Error(`the bill does not read: ${read.kind}`)
  const sorted = sortRows(read.file.rows, await packNames())
  const input = { legs: sorted.legs }
  await previewBill(input)
  const writes = await commitBill(input)
  const ms = performance.now() - t0
  const written = await db.trips.count()
  if (written !== writes.newTrips.length)
    throw new Error('the import wrote other trips than it reports')
  return { ms, written, rows: read.file.rows.length }
}

export const billsApi = { prepareBill, billImportOnce }
