export * from './vocabulary'
export * from './schema'
export { packChecksum } from './checksum'
export {
  validatePack,
  type PackProblem,
  type PackProblemCode,
  type PackResult,
  type ProblemDetail,
} from './validate'
export {
  earliestDay,
  factFreshness,
  sourceFreshness,
  STALE_AFTER_YEARS,
  type Freshness,
} from './age'
export {
  applicableMedicalRules,
  isCrossProvince,
  medicalRuleApplies,
  type MedicalAnswers,
} from './medical'
export { recordLabel, sourceUses, type PackTables, type SourceUse } from './usage'
export {
  collectSourceIds,
  factMarks,
  sharedMarks,
  summarizeSources,
  type FactMarks,
  type SourceSummary,
} from './provenance'
