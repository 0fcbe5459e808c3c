import base from '../../electron.vite.config'
const cfg = base as any
cfg.renderer.build.minify = true
export default cfg
