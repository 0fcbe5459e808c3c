// Every English string in one chunk, loaded only when English is the language (app/i18n.ts).
import common from '../locales/en.json'
import { byNamespace } from './namespaces'

export default byNamespace(
  common,
  import.meta.glob<{ default: object }>(
    ['../../features/*/locales/en.json', '../*/locales/en.json'],
    { eager: true },
  ),
)
