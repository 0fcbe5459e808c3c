export * from './schema'
export { canonicalJson, packChecksum } from './checksum'
export { validatePack, type PackProblem, type PackProblemCode, type PackResult } from './validate'
