// The explanation of one indicator in one language.
export interface IndicatorText {
  threshold: string;
  meaning: string;
  recognise: string;
  good: string;
  bad: string;
  helps: string;
}
