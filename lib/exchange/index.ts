// lib/exchange: the files that leave and enter the product — the JSON envelope and its schema, the
// findings and circular CSV, CSV parsing, import validation and merge planning, unit lists and the
// 错敏词 dictionary (CSV/XLSX). May import lib/domain and lib/engine types; never storage or
// extension APIs. The XLSX reader (wording-xlsx.ts) is imported on demand, never from here.
export { makeEnvelope, findingsCsv, circularCsv, exportFileName, type Envelope } from './export';
export { validateFiles, planMerge, sizeProblem, type ImportFile, type ImportProblem } from './importer';
export { parseDelimited } from './csvparse';
export { importUnits } from './unitimport';
export { parseWordingCsv, wordingCsv, mergeWording, decodeText } from './wording';
