import type {
  Acceptance,
  BusLine,
  CardType,
  FareRule,
  PlannedLine,
  Place,
  RailLink,
  Source,
  Station,
} from '../pack/schema'

/** The part of the service pack the transit guide reads. */
export interface TransitData {
  sources: Source[]
  cardTypes: CardType[]
  acceptance: Acceptance[]
  stations: Station[]
  railLinks: RailLink[]
  busLines: BusLine[]
  plannedLines: PlannedLine[]
  places: Place[]
  fareRules: FareRule[]
}

/** A closed range of sourced numbers; `min === max` when the sources agree on one value. */
export interface Range {
  min: number
  max: number
}
