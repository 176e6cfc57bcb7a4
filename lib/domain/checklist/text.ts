// The explanation of one indicator in one language: what the picker and trainees read.
export interface IndicatorText {
  threshold: string;
  meaning: string;
  recognise: string;
  good: string;
  bad: string;
  helps: string;
  /** The circular's wording of a finding, with 某某 where the column's name goes (Chinese only). */
  description?: string;
}
