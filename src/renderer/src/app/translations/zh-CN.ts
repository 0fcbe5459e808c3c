// Every Chinese string, in the first bundle (app/i18n.ts).
import common from '../locales/zh-CN.json'
import { byNamespace } from './namespaces'

export default byNamespace(
  common,
  import.meta.glob<{ default: object }>(
    ['../../features/*/locales/zh-CN.json', '../*/locales/zh-CN.json'],
    { eager: true },
  ),
)
