/** Node-only helpers for forms: finding and reading form source files. */
export {
  discoverFormSources,
  formSourceFolders,
  readAllFormSources,
  readFormSource,
  FormSourceError,
  type FormSourceFile,
} from './form-sources.js';
