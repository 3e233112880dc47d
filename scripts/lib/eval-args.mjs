// The command line the evaluation scripts share: --corpus, without which they print their usage line
// and exit 2, and --json, beside options of their own; and the repository root they bundle the
// product's modules from.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The parsed options; `multiple` takes --corpus more than once (an array of folders). */
export function evalArgs(usage, options = {}, { multiple = false } = {}) {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple },
      json: { type: 'boolean', default: false },
      ...options,
    },
  });
  if (multiple ? !values.corpus?.length : !values.corpus) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return values;
}
