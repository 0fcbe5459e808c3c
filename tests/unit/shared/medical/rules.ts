// Rules for the tests: the shipped pack's, and a small builder for hand-made ones.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { packSchema, type MedicalRule, type Pack } from '@shared/pack'

export function shippedPack(): Pack {
  const path = resolve(__dirname, '../../../../resources/data/pack.json')
  return packSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
}

const text = (s: string) => ({ zh: s, en: s })

export function rule(
  id: string,
  over: Partial<MedicalRule> = {},
  applies: Partial<MedicalRule['applies']> = {},
): MedicalRule {
  return {
    id,
    topic: 'filing',
    title: text(`title ${id}`),
    statement: text(`statement ${id}`),
    effect: 'info',
    status: 'inForce',
    applies: {
      insuredIn: [],
      scheme: [],
      careIn: [],
      careType: [],
      filed: [],
      crossProvinceOnly: false,
      ...applies,
    },
    since: [],
    steps: [],
    details: [],
    hospitalIds: [],
    sourceIds: [`src-${id}`],
    ...over,
  }
}
